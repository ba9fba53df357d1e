import { z } from 'zod';
import { Id, Instant, Latitude, Longitude, optionalText, requiredText } from '../../contracts/common.js';
import { DeviceMadeId } from '../attachment.js';

/**
 * Building blocks shared by the visit commands. Ids the office made (visits, requests, applicants,
 * services) are any UUID; ids the device makes (applications, incidents, attachments) are UUIDv7.
 */

/** A record the office created: a visit, request, applicant, service or person. */
export const OfficeId = Id;

/** A record the device creates while offline: an application, an incident, an attachment. */
export const FieldId = DeviceMadeId;

/** A time read from the device's clock: recorded as told, never used for deadlines. */
export const DeviceInstant = Instant;

/** Where the administrator was, only when they allowed the app to read the position. */
export const FieldPosition = z.strictObject({
  lat: Latitude,
  lon: Longitude,
  /** The browser's accuracy estimate, in metres. */
  accuracyM: z.number().min(0).max(100_000).nullish(),
});
export type FieldPosition = z.infer<typeof FieldPosition>;

/** A person named in a record who is not a user: a witness, a representative. */
export const NamedPerson = z.strictObject({
  name: requiredText(160),
  /** What the person is to the applicant or the visit: "сусідка", "лікар", "син". */
  role: optionalText(160),
  phone: optionalText(40),
});
export type NamedPerson = z.infer<typeof NamedPerson>;
