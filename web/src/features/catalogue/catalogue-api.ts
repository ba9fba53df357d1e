import { ServiceImportResult, type Role } from '@valiza/domain';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../api/csrf';
import { ApiError, NetworkError } from '../../api/errors';
import { toFailure } from '../../api/parse-error';
import { currentLocale } from '../../i18n/current-locale';

/** Who edits the catalogue and the categories. Every member of staff reads them. */
export const CATALOGUE_EDITORS: readonly Role[] = ['head'];

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

/** The format of a chosen file, by its name (browsers do not always know a CSV's type). */
export function fileFormat(name: string): keyof typeof TYPES | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/**
 * Sends a catalogue file as the body of `POST /api/v1/services/import` (the server takes the file
 * itself, not a JSON body). Either every row is imported or none; a refusal lists row and column.
 */
export async function importCatalogue(file: File): Promise<{ created: number; updated: number }> {
  const format = fileFormat(file.name);
  if (!format) throw new ApiError(415, 'validation.unsupported_media', '');
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
    'Content-Type': TYPES[format],
  };
  const token = readCookie(CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetch('/api/v1/services/import', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toFailure(response.status, payload);
  return ServiceImportResult.parse(payload);
}
