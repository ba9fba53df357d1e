import type { CategoryCode, PaymentMethod, RequestState } from '@valiza/domain';

/** One demo request: who, where, what, and the state the demo leaves it in. Names are invented. */
export interface DemoRequest {
  centre: 'kamianske' | 'pyriatyn';
  /** How many days before the demo's day the request came in. */
  daysAgo: number;
  channel: 'phone' | 'in_person' | 'email' | 'social_worker' | 'web';
  applicant: string;
  birth: string | null;
  phone: string | null;
  requester?: {
    kind: 'relative' | 'neighbour' | 'social_worker';
    name: string;
    phone: string;
    relation?: string;
  };
  /** A locality of the centre's community, or any other name for an address outside it. */
  locality: string;
  street: string;
  building: string;
  apartment?: string;
  place?: 'home' | 'hospital' | 'outreach_point';
  hospital?: string;
  category: CategoryCode;
  evidence?: 'seen' | 'promised' | 'none';
  services: string[];
  payment?: PaymentMethod;
  registered?: boolean;
  needs?: { witness?: boolean; securityEscort?: boolean; partner?: 'social_protection' };
  state: RequestState;
  /** A second record for a person already known (the duplicate the head will merge). */
  separateRecord?: true;
  /** An incident recorded with this request (at its visit, or when the call proved false). */
  incident?: 'aggression' | 'doubtful_capacity' | 'false_call';
  /** Working days from the demo's day to the planned visit (negative: in the past). */
  planned?: number;
  reason?: string;
  cancelledBy?: 'applicant' | 'requester' | 'centre';
}

/** A phone that calls again and again for different people: the false-call pattern. */
export const PERSISTENT_CALLER = '+380671110001';

/** Builders that keep the tables of demo requests short. */
export const kam = (r: Omit<DemoRequest, 'centre'>): DemoRequest => ({ centre: 'kamianske', ...r });
export const pyr = (r: Omit<DemoRequest, 'centre'>): DemoRequest => ({ centre: 'pyriatyn', ...r });
export const daughter = (name: string, phone: string) => ({
  kind: 'relative' as const,
  name,
  phone,
  relation: 'донька',
});
export const son = (name: string, phone: string) => ({
  kind: 'relative' as const,
  name,
  phone,
  relation: 'син',
});
