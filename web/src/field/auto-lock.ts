import { useEffect } from 'react';
import { readMeta, writeMeta } from './local-db';
import { lock } from './session';

/** Minutes of inactivity after which the field app locks, unless the person chose otherwise. */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const AUTO_LOCK_CHOICES = [2, 5, 10, 15, 30] as const;

/** The chosen auto-lock delay in minutes. */
export async function autoLockMinutes(): Promise<number> {
  return (await readMeta<number>('autoLockMinutes')) ?? DEFAULT_AUTO_LOCK_MINUTES;
}

/** Saves the auto-lock delay. */
export async function setAutoLockMinutes(minutes: number): Promise<void> {
  await writeMeta('autoLockMinutes', minutes);
  for (const listener of listeners) listener(minutes);
}

const listeners = new Set<(minutes: number) => void>();

/** Calls `listener` when the person changes the delay; answers the way to stop. */
export function onAutoLockChange(listener: (minutes: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the app after `minutes` without a touch, a click or a key. The timer also runs while the
 * laptop sleeps or the tab is hidden: coming back after longer than the delay finds the app locked.
 */
export function useAutoLock(minutes: number): void {
  useEffect(() => {
    const limit = minutes * 60_000;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= limit) void lock();
    };
    for (const name of ACTIVITY) window.addEventListener(name, touch, { passive: true });
    document.addEventListener('visibilitychange', check);
    const timer = setInterval(check, 15_000);
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, touch);
      document.removeEventListener('visibilitychange', check);
      clearInterval(timer);
    };
  }, [minutes]);
}
