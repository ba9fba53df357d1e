import { problem } from '@valiza/domain';
import { isUniqueViolation } from '../db/errors.js';

/**
 * Runs a write to the number tables, turning the database's refusals into catalogued problems: a
 * counter past 999999 is `numbers.exhausted`, a second use of a number is `numbers.already_used`.
 */
export async function drawing<T>(write: () => Promise<T>, params: Record<string, string> = {}): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === '23514') throw problem('numbers.exhausted');
    if (isUniqueViolation(error, 'application_number_uses_pkey'))
      throw problem('numbers.already_used', { params });
    throw error;
  }
}
