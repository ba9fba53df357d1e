import { z } from 'zod';
import { LOCALES } from '../i18n/locale.js';
import { CentreCode, Id, requiredText, Slug } from './common.js';
import { Role } from './roles.js';

export const MIN_PASSWORD_LENGTH = 10;

export const LoginBody = z.strictObject({
  login: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Password = z.string().min(MIN_PASSWORD_LENGTH).max(200);

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const ResetPasswordBody = z.strictObject({ newPassword: Password });
export type ResetPasswordBody = z.infer<typeof ResetPasswordBody>;

export const LocaleSchema = z.enum(LOCALES);

export const SetLocaleBody = z.strictObject({ locale: LocaleSchema });

/** Who is signed in: the answer of `GET /api/v1/me` and of a successful login. */
export const Me = z.object({
  person: z.object({ id: Id, name: z.string(), login: z.string() }),
  roles: z.array(Role),
  centre: z.object({ id: Id, code: z.string(), slug: z.string(), name: z.string() }).nullable(),
  region: z.object({ id: Id, name: z.string() }).nullable(),
  locale: LocaleSchema,
});
export type Me = z.infer<typeof Me>;

/** The one-time first-run setup: the first region, community, centre and head. */
export const SetupBody = z.strictObject({
  token: z.string().trim().min(1).max(200),
  region: z.strictObject({ name: requiredText(120) }),
  community: z.strictObject({
    name: requiredText(160),
    katotth: z
      .string()
      .trim()
      .regex(/^UA\d{17}$/)
      .nullish(),
  }),
  centre: z.strictObject({ name: requiredText(200), code: CentreCode, slug: Slug }),
  head: z.strictObject({ name: requiredText(160), login: requiredText(100), password: Password }),
});
export type SetupBody = z.infer<typeof SetupBody>;

export const SetupStatus = z.object({ needed: z.boolean() });
