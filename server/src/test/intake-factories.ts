import { CATEGORY_DEFINITIONS, type CreateRequestBody, type ServiceBody } from '@valiza/domain';
import { updateCentreCategories } from '../catalogue/category.service.js';
import { createService } from '../catalogue/service.service.js';
import type { Db } from '../db/database.js';
import { makeCentreWithStaff } from './factories.js';

/** A free service with two documents and a paid one with one, as a head would enter them. */
export const FREE_SERVICE: ServiceBody = {
  code: 'REG',
  name: 'Реєстрація місця проживання',
  nameEn: 'Registration of residence',
  provider: 'Виконавчий комітет міської ради',
  fieldDeliverable: true,
  fee: { kind: 'free' },
  termDays: 1,
  termKind: 'working',
  documents: [
    { name: 'Паспорт громадянина України', form: 'original', note: 'або ID-картка' },
    { name: 'Заява', form: 'original', note: null },
  ],
  estimatedMinutes: 30,
  demonstration: false,
  active: true,
};

export const PAID_SERVICE: ServiceBody = {
  ...FREE_SERVICE,
  code: 'GLUE',
  name: 'Вклеювання фотографії в паспорт',
  nameEn: 'Gluing a photo into the passport book',
  provider: 'ДМС',
  fee: {
    kind: 'paid',
    amountKopiyky: 3400,
    recipient: 'ГУК у Дніпропетровській обл.',
    iban: 'UA213223130000026007233566001',
    recipientCode: '37988155',
    purpose: 'Адміністративний збір',
  },
  termDays: null,
  termKind: 'calendar',
  documents: [{ name: 'Дві фотографії 3,5×4,5', form: 'original', note: null }],
};

/**
 * A centre with staff, the two services above, and every category switched on, so that any intake
 * can be taken.
 */
export async function makeIntakeCentre(db: Db, options: { regionId?: string } = {}) {
  const staff = await makeCentreWithStaff(db, options);
  const free = await createService(db, staff.head.actor, FREE_SERVICE);
  const paid = await createService(db, staff.head.actor, PAID_SERVICE);
  await updateCentreCategories(db, staff.head.actor, {
    categories: CATEGORY_DEFINITIONS.map((c) => ({ code: c.code, enabled: true, evidence: c.evidence.uk })),
  });
  return { ...staff, free, paid };
}

let phoneCounter = 0;
/** A phone number no other test uses (so that phone-based signals stay quiet unless a test wants them). */
export function freshPhone(): string {
  phoneCounter += 1;
  const digits = String((process.pid * 7919 + phoneCounter * 104729) % 10_000_000).padStart(7, '0');
  return `+38067${digits}`;
}

/** A complete phone intake for a person of the first locality, free service, documents at hand. */
export function intakeBody(
  centre: Awaited<ReturnType<typeof makeIntakeCentre>>,
  overrides: Partial<CreateRequestBody> = {},
): CreateRequestBody {
  return {
    channel: 'phone',
    requester: { kind: 'relative', name: 'Марія Петренко', phone: freshPhone(), relation: 'донька' },
    applicant: {
      fullName: 'Петренко Ганна Іванівна',
      birthDate: '1938-04-12',
      phones: [freshPhone()],
      registeredInCommunity: true,
    },
    place: {
      kind: 'home',
      address: {
        localityId: centre.centre.localityIds[0]!,
        street: 'вул. Шевченка',
        building: '12',
        apartment: '5',
        entrance: '2',
        floor: '3',
        intercom: '5К',
        routeNotes: 'Вхід з двору',
      },
    },
    eligibility: { category: 'aged_80_plus', evidence: 'promised' },
    services: [
      {
        serviceId: centre.free.id,
        checklistReadOut: true,
        documentsAtHand: [centre.free.documents[0]!.id],
      },
    ],
    preferences: { weekdays: ['tue', 'thu'], windows: [{ from: '10:00', to: '13:00' }] },
    needs: { witness: false, securityEscort: false },
    callerIdentification: { method: 'personal_details', note: null },
    liabilityWarning: true,
    personalDataNotice: true,
    notes: null,
    decision: { outcome: 'pending' },
    ...overrides,
  };
}
