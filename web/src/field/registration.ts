import { RegisteredDevice, uuidv7 } from '@valiza/domain';
import { api } from '../api/client';
import { hasCode } from '../api/errors';

/** What `setUpDevice` needs of a fresh registration. */
export interface Registration {
  id: string;
  label: string;
  personId: string;
  personName: string;
  credential: string;
  expiresAt: string;
  publicUrl: string;
}

/**
 * Registers this browser as a field device of the signed-in person (`POST /api/v1/devices`, with the
 * session cookie and CSRF header). The id is made here; if the server says it is taken, one new id
 * is tried.
 */
export async function registerThisDevice(label: string): Promise<Registration> {
  for (let attempt = 0; ; attempt += 1) {
    const id = uuidv7();
    try {
      const answer = await api.post('/api/v1/devices', { id, label }, RegisteredDevice);
      return {
        id,
        label,
        personId: answer.device.person.id,
        personName: answer.device.person.name,
        credential: answer.credential,
        expiresAt: answer.expiresAt,
        publicUrl: answer.publicUrl,
      };
    } catch (error) {
      if (attempt === 0 && hasCode(error, 'device.id_taken')) continue;
      throw error;
    }
  }
}

/** The browser's name for the device label ("Chrome 131"), or "browser". */
export function browserName(userAgent: string): string {
  for (const [pattern, name] of [
    [/Edg\/(\d+)/, 'Edge'],
    [/Firefox\/(\d+)/, 'Firefox'],
    [/Chrom(?:e|ium)\/(\d+)/, 'Chromium'],
    [/Version\/(\d+).*Safari/, 'Safari'],
  ] as const) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return 'browser';
}
