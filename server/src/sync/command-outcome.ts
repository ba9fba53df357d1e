import {
  isProblem,
  problem,
  problemMessage,
  type CommandOutcome,
  type Locale,
  type Problem,
} from '@valiza/domain';

/** A refusal as it travels in a per-command answer: code, localised message, details. */
export function outcomeError(failure: Problem, locale: Locale) {
  return {
    code: failure.code,
    message: problemMessage(failure.code, locale, failure.params),
    details: failure.details.map((d) => ({ ...d })),
  };
}

/**
 * The answer for a command whose handling failed. A catalogued 400 means the payload did not match
 * its contract (`invalid`); any other 4xx is a rule refusing it (`rejected`); both are kept on the
 * device and shown. Anything else is temporary (`error`): nothing was stored and the device retries.
 */
export function failedOutcome(
  id: string,
  error: unknown,
  locale: Locale,
  onUnexpected?: (error: unknown) => void,
): CommandOutcome {
  if (isProblem(error)) {
    const status = error.status === 400 ? 'invalid' : error.status >= 500 ? 'error' : 'rejected';
    return { id, status, error: outcomeError(error, locale) };
  }
  onUnexpected?.(error);
  return { id, status: 'error', error: outcomeError(problem('sync.temporary'), locale) };
}
