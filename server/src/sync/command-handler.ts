import type { z } from 'zod';
import type { AttachmentDeclaration } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';

/** A person acting on a registered field device. */
export type DeviceActor = Actor & { readonly deviceId: string; readonly centreId: string };

/** A command as its handler receives it: checked, upgraded to the current version, timed by the server. */
export interface HandledCommand<P> {
  readonly id: string;
  readonly type: string;
  /** The version the device wrote; `payload` is already upgraded to the handler's current version. */
  readonly formatVersion: number;
  /** The device's clock: recorded, never used for deadlines. */
  readonly deviceTime: Date;
  /** The server's clock when the command arrived: deadlines count from it. */
  readonly receivedAt: Date;
  readonly payload: P;
  readonly attachments: readonly AttachmentDeclaration[];
}

/** The record that owns a command's declared attachments, e.g. `{ type: 'application', id }`. */
export interface AttachmentOwner {
  readonly type: string;
  readonly id: string;
}

/**
 * One command type. Add a file `handlers/<type>.ts` exporting one of these and list it in
 * `handlers/index.ts`:
 * - `versions`: the payload contract of each accepted format version; the highest is current. Keep
 *   the previous one when you add a version, so a device with unsent work from before an app update
 *   is never stranded.
 * - `upgrade[v]`: turns a checked payload of version `v` into one of version `v + 1`.
 * - `attachmentOwner`: the record that owns the files a command declares; without it a command
 *   that declares files is `invalid`.
 * - `handle`: does the work inside the command's transaction and answers a JSON result, which is
 *   stored and answered again, unchanged, to every resend. Throw `problem(...)` to refuse: a 400 code
 *   makes the command `invalid`, another 4xx `rejected`; the transaction then leaves no trace.
 */
export interface CommandHandler<P = unknown> {
  readonly type: string;
  readonly versions: Readonly<Record<number, z.ZodType>>;
  readonly upgrade: Readonly<Record<number, (payload: never) => unknown>>;
  readonly attachmentOwner?: (command: HandledCommand<P>) => AttachmentOwner;
  handle(tx: Db, actor: DeviceActor, command: HandledCommand<P>): Promise<Record<string, unknown>>;
}

/** Declares a handler with its payload type checked; the registry holds them type-erased. */
export function defineHandler<P>(handler: CommandHandler<P>): CommandHandler {
  return handler as unknown as CommandHandler;
}

/** The current format version of a handler: the highest it declares. */
export function currentVersion(handler: CommandHandler): number {
  return Math.max(...Object.keys(handler.versions).map(Number));
}
