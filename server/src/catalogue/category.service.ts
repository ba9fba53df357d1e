import {
  CATEGORY_DEFINITIONS,
  isMandatoryCategory,
  offeredCategories,
  problem,
  type CategoryCode,
  type UpdateCategoriesBody,
} from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import { centreOf } from '../auth/policy.js';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { recordChange } from '../sync/change-log.js';
import { inTransaction } from '../db/transaction.js';
import { listCategorySettings, upsertCategorySetting } from './category.repository.js';

export interface CategorySettingRow {
  code: CategoryCode;
  mandatory: boolean;
  enabled: boolean;
  name: string;
  nameEn: string;
  evidence: string;
  evidenceEn: string | null;
}

/**
 * Every category with the centre's setting: saved ones as saved, the others by default (mandatory
 * ones on with the usual evidence, optional ones off).
 */
export async function centreCategories(db: Db, centreId: string): Promise<CategorySettingRow[]> {
  const saved = new Map((await listCategorySettings(db, centreId)).map((c) => [c.code, c]));
  return CATEGORY_DEFINITIONS.map((def) => {
    const s = saved.get(def.code);
    return {
      code: def.code,
      mandatory: def.mandatory,
      // A mandatory category is on whatever is stored: the law does not let a centre refuse it.
      enabled: def.mandatory || (s?.enabled ?? false),
      name: def.name.uk,
      nameEn: def.name.en,
      evidence: s?.evidence ?? def.evidence.uk,
      evidenceEn: s ? s.evidenceEn : def.evidence.en,
    };
  });
}

/** The categories a centre serves now. */
export async function offeredCategoriesOf(db: Db, centreId: string): Promise<CategoryCode[]> {
  const settings = await centreCategories(db, centreId);
  return offeredCategories(settings.filter((c) => c.enabled).map((c) => c.code));
}

/** Every category with the actor's centre's setting; all staff read them. */
export async function listCentreCategories(db: Db, actor: Actor): Promise<CategorySettingRow[]> {
  return centreCategories(db, centreOf(actor));
}

/** The head switches categories on and off and names their evidence. Mandatory ones stay on. */
export async function updateCentreCategories(
  db: Db,
  actor: Actor,
  body: UpdateCategoriesBody,
): Promise<CategorySettingRow[]> {
  const centreId = centreOf(actor, 'head');
  const refused = body.categories.findIndex((c) => !c.enabled && isMandatoryCategory(c.code));
  if (refused >= 0)
    throw problem('catalogue.mandatory_category', {
      details: [{ path: `categories.${refused}.enabled`, code: 'mandatory' }],
    });
  return inTransaction(db, async (tx) => {
    for (const c of body.categories)
      await upsertCategorySetting(tx, centreId, {
        code: c.code,
        enabled: c.enabled,
        evidence: c.evidence,
        evidenceEn: c.evidenceEn ?? null,
      });
    await audit(tx, actor, 'categories.updated', { type: 'centre', id: centreId, centreId });
    for (const c of body.categories)
      await recordChange(tx, { centreId, entity: 'category', entityId: c.code, op: 'upsert' });
    return centreCategories(tx, centreId);
  });
}
