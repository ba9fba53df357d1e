import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface StoredCategory {
  code: string;
  enabled: boolean;
  evidence: string;
  evidenceEn: string | null;
}

/** The category settings a centre has saved (categories never saved use the defaults). */
export async function listCategorySettings(db: Db, centreId: string): Promise<StoredCategory[]> {
  return db
    .selectFrom('centre_categories')
    .select(['code', 'enabled', 'evidence', 'evidence_en as evidenceEn'])
    .where('centre_id', '=', centreId)
    .execute();
}

export async function upsertCategorySetting(db: Db, centreId: string, c: StoredCategory): Promise<void> {
  await db
    .insertInto('centre_categories')
    .values({
      centre_id: centreId,
      code: c.code,
      enabled: c.enabled,
      evidence: c.evidence,
      evidence_en: c.evidenceEn,
    })
    .onConflict((oc) =>
      oc.columns(['centre_id', 'code']).doUpdateSet({
        enabled: c.enabled,
        evidence: c.evidence,
        evidence_en: c.evidenceEn,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}
