import { problem, type AttachmentDeclaration, type ApplicationQuery } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { assertSameCentre, centreOf } from '../auth/policy.js';
import { recordView } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { missingAttachments } from '../files/manifest.service.js';
import { findApplicants } from '../applicants/applicant.repository.js';
import { findPersonName } from './person-name.repository.js';
import {
  findApplication,
  listApplications,
  type ApplicationListRow,
  type ApplicationRow,
} from './application.repository.js';

/** Who may read the centre's applications: the head, administrators and operators. */
const READERS = ['head', 'administrator', 'operator'] as const;

/** A page of the centre's applications, newest received first. */
export async function listCentreApplications(
  db: Db,
  actor: Actor,
  query: ApplicationQuery,
): Promise<{ rows: ApplicationListRow[]; nextCursor: string | null }> {
  const centreId = centreOf(actor, ...READERS);
  const cursor = query.cursor ? await findApplication(db, query.cursor) : undefined;
  if (query.cursor && cursor?.centre_id !== centreId) throw problem('not_found');
  const rows = await listApplications(db, centreId, {
    limit: query.limit + 1,
    after: cursor ? { receivedAt: cursor.received_at, id: cursor.id } : undefined,
    incompleteOnly: query.incomplete === 'true',
  });
  const page = rows.slice(0, query.limit);
  return { rows: page, nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null };
}

export interface ApplicationView {
  row: ApplicationRow;
  applicantName: string;
  administratorName: string;
  missing: AttachmentDeclaration[];
}

/** One application of the actor's centre (another centre's is `not_found`); opening it is audited. */
export async function getApplication(db: Db, actor: Actor, id: string): Promise<ApplicationView> {
  centreOf(actor, ...READERS);
  return inTransaction(db, async (tx) => {
    const row = await findApplication(tx, id);
    assertSameCentre(actor, row?.centre_id);
    const [applicant] = await findApplicants(tx, [row!.applicant_id]);
    const missing = await missingAttachments(tx, 'application', id);
    await recordView(tx, actor, { type: 'application', id, centreId: row!.centre_id });
    return {
      row: row!,
      applicantName: applicant?.fullName ?? '',
      administratorName: (await findPersonName(tx, row!.administrator_id)) ?? '',
      missing,
    };
  });
}
