import { z } from 'zod';
import {
  CentreCode,
  Id,
  Latitude,
  Longitude,
  optionalText,
  requiredText,
  Slug,
  TimeOfDay,
} from './common.js';
import { CentreRole, Role } from './roles.js';

/** KATOTTH code: `UA` followed by 17 digits. */
export const Katotth = z
  .string()
  .trim()
  .regex(/^UA\d{17}$/);

/** A login: lower-case Latin letters, digits, dots, hyphens and underscores. */
export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/);

export const Region = z.object({ id: Id, name: z.string(), nameEn: z.string().nullable() });
export type Region = z.infer<typeof Region>;
export const CreateRegionBody = z.strictObject({ name: requiredText(120), nameEn: optionalText(120) });

export const Community = z.object({
  id: Id,
  regionId: Id,
  name: z.string(),
  katotth: z.string().nullable(),
});
export type Community = z.infer<typeof Community>;
export const CreateCommunityBody = z.strictObject({
  regionId: Id,
  name: requiredText(160),
  katotth: Katotth.nullish(),
});

/** A settlement of the community, with a centre point used for distances when an address has none. */
export const Locality = z.object({
  id: Id,
  communityId: Id,
  name: z.string(),
  katotth: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  remote: z.boolean(),
});
export type Locality = z.infer<typeof Locality>;
export const LocalityBody = z.strictObject({
  name: requiredText(120),
  katotth: Katotth.nullish(),
  lat: Latitude.nullish(),
  lon: Longitude.nullish(),
  remote: z.boolean().default(false),
});

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** Opening hours of one weekday, or null when closed. */
export const DayHours = z
  .strictObject({ from: TimeOfDay, to: TimeOfDay })
  .refine((h) => h.from < h.to, { message: 'from < to', path: ['to'] })
  .nullable();
export const WorkingHours = z.strictObject({
  mon: DayHours,
  tue: DayHours,
  wed: DayHours,
  thu: DayHours,
  fri: DayHours,
  sat: DayHours,
  sun: DayHours,
});
export type WorkingHours = z.infer<typeof WorkingHours>;

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  mon: { from: '08:00', to: '17:00' },
  tue: { from: '08:00', to: '17:00' },
  wed: { from: '08:00', to: '17:00' },
  thu: { from: '08:00', to: '17:00' },
  fri: { from: '08:00', to: '16:00' },
  sat: null,
  sun: null,
};

export const Centre = z.object({
  id: Id,
  communityId: Id,
  regionId: Id,
  code: z.string(),
  slug: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  timezone: z.string(),
  workingHours: WorkingHours,
  martialLaw: z.boolean(),
  version: z.number().int(),
});
export type Centre = z.infer<typeof Centre>;

export const CreateCentreBody = z.strictObject({
  communityId: Id,
  name: requiredText(200),
  code: CentreCode,
  slug: Slug,
  address: optionalText(300),
});

/** What a head may change in the centre's settings. */
export const UpdateCentreBody = z.strictObject({
  version: z.number().int(),
  name: requiredText(200).optional(),
  address: optionalText(300),
  phone: optionalText(40),
  email: z.email().max(200).nullish(),
  workingHours: WorkingHours.optional(),
  martialLaw: z.boolean().optional(),
});
export type UpdateCentreBody = z.infer<typeof UpdateCentreBody>;

export const StaffMember = z.object({
  id: Id,
  name: z.string(),
  login: z.string(),
  roles: z.array(Role),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type StaffMember = z.infer<typeof StaffMember>;

export const CreateStaffBody = z.strictObject({
  name: requiredText(160),
  login: Login,
  password: z.string().min(10).max(200),
  roles: z.array(CentreRole).min(1).max(6),
  phone: optionalText(40),
  email: z.email().max(200).nullish(),
});
export type CreateStaffBody = z.infer<typeof CreateStaffBody>;

export const UpdateStaffBody = z.strictObject({
  name: requiredText(160).optional(),
  roles: z.array(CentreRole).min(1).max(6).optional(),
  phone: optionalText(40),
  email: z.email().max(200).nullish(),
  active: z.boolean().optional(),
});
export type UpdateStaffBody = z.infer<typeof UpdateStaffBody>;

export const KitComponent = z.strictObject({
  name: requiredText(120),
  serial: optionalText(80),
});

export const Kit = z.object({
  id: Id,
  code: z.string(),
  inventoryNumber: z.string().nullable(),
  components: z.array(z.object({ name: z.string(), serial: z.string().nullable().optional() })),
  notes: z.string().nullable(),
  active: z.boolean(),
});
export type Kit = z.infer<typeof Kit>;

export const KitBody = z.strictObject({
  code: requiredText(40),
  inventoryNumber: optionalText(80),
  components: z.array(KitComponent).max(50).default([]),
  notes: optionalText(2000),
  active: z.boolean().default(true),
});
export type KitBody = z.infer<typeof KitBody>;

export const OutreachPoint = z.object({
  id: Id,
  name: z.string(),
  address: z.string(),
  localityId: Id.nullable(),
  usualHours: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  active: z.boolean(),
});
export type OutreachPoint = z.infer<typeof OutreachPoint>;

export const OutreachPointBody = z.strictObject({
  name: requiredText(160),
  address: requiredText(300),
  localityId: Id.nullish(),
  usualHours: optionalText(200),
  lat: Latitude.nullish(),
  lon: Longitude.nullish(),
  active: z.boolean().default(true),
});
export type OutreachPointBody = z.infer<typeof OutreachPointBody>;
