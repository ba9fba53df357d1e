import { z } from 'zod';

/** Building blocks shared by every contract. Every string has a maximum length. */

export const Id = z.uuid();

/** A required single-line text, trimmed, 1..max characters. */
export const requiredText = (max = 200) => z.string().trim().min(1).max(max);

/** An optional text: absent, null or a trimmed string of at most `max` characters. */
export const optionalText = (max = 2000) => z.string().trim().max(max).nullish();

/** A civil date `YYYY-MM-DD` (a visit day, a birth date, a due date). */
export const CivilDate = z.iso.date();

/** An instant as ISO 8601 with an offset. */
export const Instant = z.iso.datetime({ offset: true });

/** A time of day `HH:MM` (24-hour). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'HH:MM' });

/** A slug for public addresses: lower-case Latin letters, digits and hyphens. */
export const Slug = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A short centre code used in numbers, e.g. `КАМ`: 2–6 capital letters (Cyrillic or Latin) or digits. */
export const CentreCode = z
  .string()
  .trim()
  .regex(/^[A-ZА-ЯІЇЄҐ0-9]{2,6}$/u);

export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);

/** A page of a list. `nextCursor` is null on the last page. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const IdParams = z.object({ id: Id });

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string().optional() })),
  }),
});

export const Ok = z.object({ ok: z.literal(true) });
