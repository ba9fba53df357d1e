import { ImportResponse } from '@valiza/domain';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../api/csrf';
import { ApiError, NetworkError } from '../../api/errors';
import { toFailure } from '../../api/parse-error';
import { currentLocale } from '../../i18n/current-locale';

/** Who may import a field device's export file at the centre. */
export const IMPORTERS = ['head', 'administrator'] as const;

/**
 * Sends an export file of unsent work to `POST /api/v1/sync/import` (multipart: `passphrase`, then
 * `file`), with the session cookie and the CSRF header like every write of the office app.
 */
export async function importExportFile(file: File, passphrase: string): Promise<ImportResponse> {
  const form = new FormData();
  form.append('passphrase', passphrase);
  form.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLocale() };
  const token = readCookie(CSRF_COOKIE);
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetch('/api/v1/sync/import', {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toFailure(response.status, payload);
  const parsed = ImportResponse.safeParse(payload);
  if (!parsed.success) throw new ApiError(response.status, 'response.invalid', '');
  return parsed.data;
}
