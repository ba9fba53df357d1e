import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';

/** The SHA-256 (hex) under which an application keeps the token printed on its confirmation. */
export function feedbackTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The centre of the application that printed this token, when the token is known and unused. */
export async function findUnusedToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('centres as c', 'c.id', 'a.centre_id')
    .leftJoin('feedback_token_uses as u', 'u.token_hash', 'a.feedback_token_hash')
    .select(['a.centre_id as centreId', 'c.name as centreName'])
    .where('a.feedback_token_hash', '=', tokenHash)
    .where('u.token_hash', 'is', null)
    .executeTakeFirst();
}

/**
 * Marks a token used; answers false when it already was. The primary key decides, so of two
 * submissions racing with one token only one gets through.
 */
export async function claimToken(db: Db, tokenHash: string, centreId: string): Promise<boolean> {
  const result = await db
    .insertInto('feedback_token_uses')
    .values({ token_hash: tokenHash, centre_id: centreId })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
