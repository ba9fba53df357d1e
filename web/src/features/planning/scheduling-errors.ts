import { ApiError } from '../../api/errors';

/**
 * Scheduling refusals name the conflict in their message (the person or kit and the time); their
 * details point at ids rather than fields, so the form shows the message alone. Other errors pass
 * through untouched.
 */
export function withoutIdDetails(error: unknown): unknown {
  if (!(error instanceof ApiError) || !/^(visit|plan|outreach)\./.test(error.code)) return error;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.details.filter((d) => d.message),
  );
}

/** Runs a scheduling request, turning its refusal into one clear message. */
export async function scheduling<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw withoutIdDetails(error);
  }
}
