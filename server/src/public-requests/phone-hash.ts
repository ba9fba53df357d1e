import { createHmac } from 'node:crypto';

/**
 * A keyed hash of a phone number for the per-phone limit: the table of recent submissions holds no
 * phone numbers, and without the server's secret the hashes cannot be matched to numbers.
 */
export function phoneHash(secret: string, phone: string): string {
  return createHmac('sha256', secret).update(`public-request:${phone}`).digest('base64url');
}
