import { readMeta, wipeFieldDb, writeMeta, fieldDb } from './local-db';
import { afterWrongPin, mustWarnBeforeWipe, MAX_WRONG_PINS } from './pin-rule';
import { createVault, openVault, seal, unseal, type Sealed, type VaultRecord } from './vault';

/**
 * The field app's lock: whether this browser is set up as a field device, and whether it is unlocked.
 * The data key lives only in this module's memory while unlocked; locking (by hand or after
 * inactivity) forgets it, so everything on disk is unreadable until the PIN is given again.
 */

/** Why the local data was wiped, shown once on the next screen. */
export type WipeReason = 'wrong_pins' | 'revoked' | 'by_hand';

/** What the device keeps about its registration; the credential is sealed with the data key. */
export interface DeviceRecord {
  id: string;
  label: string;
  /**
   * The registering person's id: the administrator who certifies copies on this device. Absent on
   * devices set up before it was kept (they certify only where the visit names one person).
   */
  personId?: string;
  personName: string;
  expiresAt: string;
  credential: Sealed;
}

export type LockState =
  | { kind: 'loading' }
  | { kind: 'new'; wiped: WipeReason | null }
  | { kind: 'locked'; failures: number; unsent: number; warn: boolean }
  | { kind: 'unlocked'; deviceId: string; personName: string };

interface Unlocked {
  key: CryptoKey;
  device: DeviceRecord;
  credential: string;
}

let unlocked: Unlocked | null = null;
let state: LockState = { kind: 'loading' };
const listeners = new Set<() => void>();

function setState(next: LockState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Thrown by anything that needs the data key while the app is locked. */
export class FieldLockedError extends Error {
  constructor() {
    super('The field app is locked.');
    this.name = 'FieldLockedError';
  }
}

/** The current lock state (for `useSyncExternalStore`). */
export function lockState(): LockState {
  return state;
}

/** Calls `listener` on every change of the lock state; answers the way to stop. */
export function onLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Commands and files not yet acknowledged — readable while locked (counts only, nothing sealed). */
export async function unsentItems(): Promise<number> {
  const db = fieldDb();
  const [commands, files] = await Promise.all([
    db.outbox.count(),
    db.files.where('uploaded').equals(0).count(),
  ]);
  return commands + files;
}

async function lockedState(): Promise<LockState> {
  const failures = (await readMeta<number>('wrongPins')) ?? 0;
  const unsent = await unsentItems();
  return { kind: 'locked', failures, unsent, warn: mustWarnBeforeWipe(failures, unsent) };
}

/** Reads the lock state from the device at start: new (never set up, or wiped) or locked. */
export async function loadLockState(): Promise<LockState> {
  if (unlocked) return state;
  const vault = await readMeta<VaultRecord>('vault');
  const device = await readMeta<DeviceRecord>('device');
  const next: LockState =
    vault && device
      ? await lockedState()
      : { kind: 'new', wiped: (await readMeta<WipeReason>('wiped')) ?? null };
  setState(next);
  return next;
}

/**
 * Sets the device up after the person chose a PIN: makes the data key, lets `register` obtain the
 * device credential (online, signed in), and stores the vault and the sealed credential. The app is
 * unlocked afterwards.
 */
export async function setUpDevice(
  pin: string,
  register: () => Promise<{
    id: string;
    label: string;
    personId: string;
    personName: string;
    credential: string;
    expiresAt: string;
    /** The installation's public address (`PUBLIC_URL`), printed on confirmations. */
    publicUrl: string;
  }>,
  iterations?: number,
): Promise<void> {
  const { record, key } = await createVault(pin, iterations);
  const registered = await register();
  const device: DeviceRecord = {
    id: registered.id,
    label: registered.label,
    personId: registered.personId,
    personName: registered.personName,
    expiresAt: registered.expiresAt,
    credential: await seal(key, registered.credential),
  };
  await wipeFieldDb();
  const db = fieldDb();
  await db.transaction('rw', db.meta, async () => {
    await db.meta.bulkPut([
      { key: 'vault', value: record },
      { key: 'device', value: device },
      { key: 'wrongPins', value: 0 },
      { key: 'publicUrl', value: registered.publicUrl },
    ]);
  });
  unlocked = { key, device, credential: registered.credential };
  setState({ kind: 'unlocked', deviceId: device.id, personName: device.personName });
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; wiped: false; remaining: number; lastAttempt: boolean }
  | { ok: false; wiped: true };

/** Unlocks with the PIN; counts a wrong PIN and wipes the device at the last one (see pin-rule). */
export async function unlock(pin: string): Promise<UnlockResult> {
  const vault = await readMeta<VaultRecord>('vault');
  const device = await readMeta<DeviceRecord>('device');
  if (!vault || !device) {
    await loadLockState();
    return { ok: false, wiped: true };
  }
  const key = await openVault(vault, pin);
  if (!key) {
    const verdict = afterWrongPin((await readMeta<number>('wrongPins')) ?? 0, MAX_WRONG_PINS);
    if (verdict.kind === 'wipe') {
      await wipeDevice('wrong_pins');
      return { ok: false, wiped: true };
    }
    await writeMeta('wrongPins', verdict.failures);
    setState(await lockedState());
    return { ok: false, wiped: false, remaining: verdict.remaining, lastAttempt: verdict.lastAttempt };
  }
  await writeMeta('wrongPins', 0);
  unlocked = { key, device, credential: await unseal<string>(key, device.credential) };
  setState({ kind: 'unlocked', deviceId: device.id, personName: device.personName });
  return { ok: true };
}

/** Forgets the data key: everything local stays, unreadable until the next unlock. */
export async function lock(): Promise<void> {
  if (!unlocked) return;
  unlocked = null;
  setState(await lockedState());
}

/** Deletes all local data of the field app and says why on the next screen. */
export async function wipeDevice(reason: WipeReason): Promise<void> {
  unlocked = null;
  await wipeFieldDb();
  await writeMeta('wiped', reason);
  setState({ kind: 'new', wiped: reason });
}

/** The data key; throws `FieldLockedError` while locked. */
export function requireKey(): CryptoKey {
  if (!unlocked) throw new FieldLockedError();
  return unlocked.key;
}

/** The device's id and credential; throws `FieldLockedError` while locked. */
export function requireDevice(): { id: string; credential: string; record: DeviceRecord } {
  if (!unlocked) throw new FieldLockedError();
  return { id: unlocked.device.id, credential: unlocked.credential, record: unlocked.device };
}

/** The person the unlocked device belongs to (`id` null on devices set up before it was kept), or null. */
export function devicePerson(): { id: string | null; name: string } | null {
  if (!unlocked) return null;
  return { id: unlocked.device.personId ?? null, name: unlocked.device.personName };
}

/** Whether the data key is in memory. */
export function isUnlocked(): boolean {
  return unlocked !== null;
}

/** Records the credential's new expiry answered by a pull. */
export async function noteExpiry(expiresAt: string): Promise<void> {
  if (!unlocked || unlocked.device.expiresAt === expiresAt) return;
  unlocked.device = { ...unlocked.device, expiresAt };
  await writeMeta('device', unlocked.device);
}
