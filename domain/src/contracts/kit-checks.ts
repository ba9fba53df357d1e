import { z } from 'zod';
import { CivilDate, Id, Instant, optionalText } from './common.js';

const Items = z.strictObject({
  charged: z.boolean(),
  internet_balance: z.boolean(),
  paper: z.boolean(),
  cartridge: z.boolean(),
  scanner_batteries: z.boolean(),
  camera: z.boolean(),
});

/** A kit's checklist before departure; readiness is computed from the items, never sent. */
export const KitCheckBody = z.strictObject({
  kitId: Id,
  day: CivilDate,
  items: Items,
  notes: optionalText(1000),
});
export type KitCheckBody = z.infer<typeof KitCheckBody>;

export const KitCheck = z.object({
  id: Id,
  kitId: Id,
  day: CivilDate,
  items: Items,
  ready: z.boolean(),
  missing: z.array(z.string()),
  checkedBy: Id,
  checkedAt: Instant,
  notes: z.string().nullable(),
});
export type KitCheck = z.infer<typeof KitCheck>;

export const KitChecksQuery = z.object({ day: CivilDate, kitId: Id.optional() });
