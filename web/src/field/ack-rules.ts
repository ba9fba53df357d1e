import type { CommandOutcome } from '@valiza/domain';

/**
 * What the outbox does with the server's answer for one command. The one invariant: a command leaves
 * the outbox only when the server acknowledged it (`applied` or `duplicate`, both after commit).
 * A refusal (`rejected`, `invalid` — `sync.id_conflict` 409 among them) stays, visible to the person
 * as "needs a person"; a temporary `error` stays and is sent again after a backoff.
 */
export type OutboxAction =
  | { kind: 'remove'; status: 'applied' | 'duplicate' }
  | { kind: 'needs_person'; error: OutcomeProblem }
  | { kind: 'retry'; error: OutcomeProblem };

/** A refusal as kept with the command: the catalogue code and the server's message. */
export interface OutcomeProblem {
  code: string;
  message: string;
}

/** The action for one outcome. */
export function actionFor(outcome: CommandOutcome): OutboxAction {
  switch (outcome.status) {
    case 'applied':
    case 'duplicate':
      return { kind: 'remove', status: outcome.status };
    case 'rejected':
    case 'invalid':
      return { kind: 'needs_person', error: { code: outcome.error.code, message: outcome.error.message } };
    case 'error':
      return { kind: 'retry', error: { code: outcome.error.code, message: outcome.error.message } };
  }
}

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 10 * 60_000;

/**
 * How long to wait before the `attempts`-th resend: 5 s doubling up to 10 minutes, with up to a fifth
 * of random spread (`random` in [0, 1)) so that many devices coming back online do not knock together.
 */
export function backoffMs(attempts: number, random = Math.random()): number {
  const delay = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(delay * (1 + random / 5));
}
