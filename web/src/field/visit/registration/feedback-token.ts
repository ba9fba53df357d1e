import { sha256Hex } from '@valiza/domain';

/** A one-time feedback token: 128 random bits, URL-safe base64 without padding. */
export function newFeedbackToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The SHA-256 (hex) of the token: only this travels to the server, so its database cannot forge a link. */
export function feedbackTokenHash(token: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(token));
}

/** The address printed on the confirmation: `${publicUrl}/feedback/${token}`. */
export function feedbackUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/feedback/${token}`;
}
