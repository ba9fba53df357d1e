import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Spinner } from '../../ui/Spinner';
import { autoLockMinutes, DEFAULT_AUTO_LOCK_MINUTES, onAutoLockChange, useAutoLock } from '../auto-lock';
import { loadLockState, lockState, onLockChange } from '../session';
import { startAutoSync } from '../sync-client';
import { exposeTestApi } from '../test-api';
import { FieldFrame } from './FieldFrame';
import { FIELD_ROUTES } from './field.routes';
import { SetupPage } from './SetupPage';
import { UnlockPage } from './UnlockPage';

/**
 * The field app at `/field`, loaded lazily so the office app does not carry it. It works without the
 * office's sign-in: a new device is set up (online, once), then opened with the PIN, offline too.
 */
export default function FieldApp() {
  const lock = useSyncExternalStore(onLockChange, lockState);
  useEffect(() => {
    void loadLockState();
  }, []);
  switch (lock.kind) {
    case 'loading':
      return (
        <FieldFrame>
          <Spinner />
        </FieldFrame>
      );
    case 'new':
      return (
        <FieldFrame>
          <SetupPage wiped={lock.wiped} />
        </FieldFrame>
      );
    case 'locked':
      return (
        <FieldFrame>
          <UnlockPage state={lock} />
        </FieldFrame>
      );
    case 'unlocked':
      return <UnlockedField personName={lock.personName} />;
  }
}

/** The field screens while unlocked: sync runs by itself, and the app locks after inactivity. */
function UnlockedField({ personName }: { personName: string }) {
  const [minutes, setMinutes] = useState(DEFAULT_AUTO_LOCK_MINUTES);
  useEffect(() => {
    void autoLockMinutes().then(setMinutes);
    return onAutoLockChange(setMinutes);
  }, []);
  useAutoLock(minutes);
  useEffect(() => startAutoSync(), []);
  useEffect(() => exposeTestApi(), []);
  return (
    <FieldFrame personName={personName} withMenu>
      <Suspense fallback={<Spinner />}>
        <Routes>
          {FIELD_ROUTES.map((route) =>
            route.path === '' ? (
              <Route key="index" index element={route.element} />
            ) : (
              <Route key={route.path} path={route.path} element={route.element} />
            ),
          )}
          <Route path="*" element={<Navigate to="/field" replace />} />
        </Routes>
      </Suspense>
    </FieldFrame>
  );
}
