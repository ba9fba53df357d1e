import type { Locale } from '@valiza/domain';
import { api } from '../api/client';

/** Saves the interface language for the signed-in person, for their other devices. */
export function saveLocale(locale: Locale): void {
  // The choice is already kept on this device; if the server cannot be told now, it is told at the
  // next sign-in (AuthProvider pushes a differing device choice), so a failure here needs no message.
  api.put('/api/v1/me/locale', { locale }).catch(() => undefined);
}
