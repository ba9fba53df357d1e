import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Me, SetupStatus } from '@valiza/domain';
import { api, onSessionEnded } from '../api/client';
import { hasCode, isRequestFailure, NetworkError } from '../api/errors';
import { useLocale } from '../i18n/i18n-context';
import { storedLocale } from '../i18n/locale-store';
import { AuthContext, type AuthState, type AuthValue } from './auth-context';
import { saveLocale } from './save-locale';

async function loadState(): Promise<AuthState> {
  try {
    return { status: 'signed-in', me: await api.get('/api/v1/me', Me) };
  } catch (error) {
    if (!hasCode(error, 'auth.required')) {
      return { status: 'unreachable', failure: isRequestFailure(error) ? error : new NetworkError(error) };
    }
  }
  try {
    const setup = await api.get('/api/v1/setup', SetupStatus);
    return { status: 'anonymous', setupNeeded: setup.needed, reason: 'start' };
  } catch (error) {
    return { status: 'unreachable', failure: isRequestFailure(error) ? error : new NetworkError(error) };
  }
}

/**
 * Knows who is signed in: loads `GET /api/v1/me` at start, signs in and out, and drops back to the
 * sign-in page whenever any request answers `auth.required`.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { setLocale } = useLocale();
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // The language chosen on this device wins; a device without a choice takes the person's own.
  const adoptLocale = useCallback(
    (me: Me) => {
      const device = storedLocale();
      if (!device) setLocale(me.locale);
      else if (device !== me.locale) saveLocale(device);
    },
    [setLocale],
  );

  useEffect(() => {
    let current = true;
    void loadState().then((next) => {
      if (!current) return;
      if (next.status === 'signed-in') adoptLocale(next.me);
      setState(next);
    });
    return () => {
      current = false;
    };
  }, [attempt, adoptLocale]);

  useEffect(
    () =>
      onSessionEnded(() =>
        setState((previous) =>
          previous.status === 'signed-in'
            ? { status: 'anonymous', setupNeeded: false, reason: 'expired' }
            : previous,
        ),
      ),
    [],
  );

  const value = useMemo<AuthValue>(
    () => ({
      state,
      signIn: async (login, password) => {
        const me = await api.post('/api/v1/auth/login', { login, password }, Me);
        adoptLocale(me);
        setState({ status: 'signed-in', me });
      },
      signOut: async () => {
        await api.post('/api/v1/auth/logout');
        setState({ status: 'anonymous', setupNeeded: false, reason: 'signed-out' });
      },
      completeSetup: (me) => {
        adoptLocale(me);
        setState({ status: 'signed-in', me });
      },
      retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, adoptLocale],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}
