import type { Locale, Role } from '@valiza/domain';

/**
 * Who is acting: a signed-in person, with the centre (or region) they belong to. Every service
 * function receives it and limits what it reads and writes to what the actor may see.
 */
export interface Actor {
  readonly personId: string;
  readonly name: string;
  readonly login: string;
  readonly roles: readonly Role[];
  readonly centreId: string | null;
  readonly regionId: string | null;
  /** The field device the request came from, when it came from one. */
  readonly deviceId: string | null;
  readonly sessionId: string | null;
  readonly locale: Locale;
}
