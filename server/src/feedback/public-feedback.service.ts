import { problem, uuidv7, type PublicFeedbackBody } from '@valiza/domain';
import { audit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { insertFeedbackItem } from './feedback.repository.js';
import { claimToken, feedbackTokenHash, findUnusedToken } from './feedback-token.repository.js';

/**
 * Whether a token from a confirmation may still be used, and for which centre. An unknown token and a
 * used one get the same answer (`feedback.token_invalid`), so the page reveals nothing.
 */
export async function checkFeedbackToken(db: Db, token: string): Promise<{ centreName: string }> {
  const found = await findUnusedToken(db, feedbackTokenHash(token));
  if (!found) throw problem('feedback.token_invalid');
  return { centreName: found.centreName };
}

/**
 * Feedback from the public page. The token is used up in the same transaction that stores the entry.
 * The entry names no application or applicant: only the centre, and a contact if the author left one.
 * A filled honeypot field answers like a success and stores nothing.
 */
export async function submitPublicFeedback(db: Db, body: PublicFeedbackBody): Promise<{ ok: true }> {
  if (body.website) return { ok: true };
  return inTransaction(db, async (tx) => {
    const hash = feedbackTokenHash(body.token);
    const found = await findUnusedToken(tx, hash);
    if (!found || !(await claimToken(tx, hash, found.centreId))) throw problem('feedback.token_invalid');
    const id = uuidv7();
    await insertFeedbackItem(tx, {
      id,
      centreId: found.centreId,
      channel: 'public_page',
      kind: body.kind,
      text: body.text,
      rating: body.rating ?? null,
      contact: body.contact?.trim() || null,
    });
    await audit(
      tx,
      null,
      'feedback.created',
      { type: 'feedback', id, centreId: found.centreId },
      {
        channel: 'public_page',
      },
    );
    return { ok: true as const };
  });
}
