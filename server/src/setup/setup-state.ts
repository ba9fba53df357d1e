import { randomBytes } from 'node:crypto';

/**
 * The one-time setup code of an empty installation. It lives only in the memory of the running
 * server and on its console, so only whoever started the server can create the first centre.
 */
export interface SetupState {
  token: string | null;
}

export function newSetupToken(): string {
  return randomBytes(9).toString('base64url');
}
