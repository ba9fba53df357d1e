import { createContext, useContext } from 'react';
import type { Me } from '@valiza/domain';
import type { RequestFailure } from '../api/errors';

export type AuthState =
  | { status: 'loading' }
  | { status: 'unreachable'; failure: RequestFailure }
  | { status: 'anonymous'; setupNeeded: boolean; reason: 'start' | 'signed-out' | 'expired' }
  | { status: 'signed-in'; me: Me };

export interface AuthValue {
  state: AuthState;
  signIn: (login: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** The first-run setup signed its head in; the app continues as them. */
  completeSetup: (me: Me) => void;
  /** Asks the server again after "no connection" at start. */
  retry: () => void;
}

export const AuthContext = createContext<AuthValue | null>(null);

/** The sign-in state and the actions on it, from the nearest AuthProvider. */
export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('AuthProvider is missing above this component.');
  return value;
}

/** Who is signed in. Only for pages behind RequireSignIn, where somebody always is. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useMe() used outside the signed-in app.');
  return state.me;
}
