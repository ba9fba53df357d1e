import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { claimDueSms, markSmsAttemptFailed, markSmsSent } from './notice.repository.js';
import type { NoticeLogger, SmsProvider } from './sms-provider.js';

/** Attempts before a message is given up; the pauses between them grow (1, 2, 4 … minutes, at most an hour). */
export const SMS_MAX_ATTEMPTS = 8;

export function retryDelayMs(attempt: number): number {
  return Math.min(60, 2 ** (attempt - 1)) * 60_000;
}

/**
 * One pass of the sender: claims due messages and hands each to the provider. A message is marked
 * sent only after the provider accepted it; a failure is retried with backoff, then marked failed.
 * Runs inside the claim's transaction so that another process skips the claimed rows.
 */
export async function sendDueSms(
  db: Db,
  provider: SmsProvider,
  log: NoticeLogger,
  now: Date = new Date(),
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  return inTransaction(db, async (tx) => {
    let sent = 0;
    let failed = 0;
    for (const message of await claimDueSms(tx, now, batch)) {
      try {
        const { providerMessageId } = await provider.send(message);
        await markSmsSent(tx, message.id, provider.name, providerMessageId);
        sent++;
      } catch (error) {
        const attempt = message.attempts + 1;
        const retryAt = attempt < SMS_MAX_ATTEMPTS ? new Date(now.getTime() + retryDelayMs(attempt)) : null;
        const reason = error instanceof Error ? error.message : 'send failed';
        await markSmsAttemptFailed(tx, message.id, reason, retryAt);
        log.warn({ smsId: message.id, attempt, gaveUp: retryAt === null }, 'sms not accepted');
        failed++;
      }
    }
    return { sent, failed };
  });
}
