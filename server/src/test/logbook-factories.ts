import { uuidv7 } from '@valiza/domain';
import { insertApplicant } from '../applicants/applicant.repository.js';
import type { Db } from '../db/database.js';
import { insertApplication, type NewApplication } from '../logbook/application.repository.js';
import { freshPhone, makeIntakeCentre } from './intake-factories.js';

export type LogbookCentre = Awaited<ReturnType<typeof makeLogbookCentre>>;

/** A centre with staff and services, and an applicant with a mobile phone. */
export async function makeLogbookCentre(db: Db, options: { regionId?: string } = {}) {
  const centre = await makeIntakeCentre(db, options);
  const applicantId = uuidv7();
  await insertApplicant(db, {
    id: applicantId,
    centreId: centre.centre.id,
    fullName: 'Коваленко Петро Іванович',
    birthDate: '1940-02-03',
    phones: [freshPhone()],
    registeredInCommunity: true,
  });
  return { ...centre, applicantId };
}

/** An application of the centre, received at `receivedAt` (now by default), for its free service. */
export async function registerApplication(
  db: Db,
  c: LogbookCentre,
  overrides: Partial<NewApplication> = {},
): Promise<{ id: string; number: string }> {
  return insertApplication(db, {
    centreId: c.centre.id,
    place: 'mobile_visit',
    applicantId: c.applicantId,
    service: { id: c.free.id, name: c.free.name, provider: c.free.provider },
    administratorId: c.administrator.actor.personId,
    documents: [
      { name: 'Паспорт', pages: 2, original: false, certified: true },
      { name: 'Заява', pages: 1, original: true, certified: false },
    ],
    ...overrides,
  });
}
