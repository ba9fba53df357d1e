/** The cookie the server sets for the double-submit CSRF rule, and the header that echoes it. */
export const CSRF_COOKIE = 'valiza_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** The value of a cookie of this page's origin, or null. */
export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}
