import { z } from 'zod';
import { Id, Instant, requiredText } from './common.js';
import { DeviceMadeId } from '../sync/attachment.js';

/** Registers the browser of a signed-in person as a field device; the id is made on the device. */
export const RegisterDeviceBody = z.strictObject({
  id: DeviceMadeId,
  label: requiredText(120),
});
export type RegisterDeviceBody = z.infer<typeof RegisterDeviceBody>;

export const DEVICE_STATES = ['active', 'expired', 'revoked'] as const;
export const DeviceState = z.enum(DEVICE_STATES);
export type DeviceState = z.infer<typeof DeviceState>;

/** The latest `device.report` of a device: the health of its storage and outbox. */
export const DeviceReportSummary = z.object({
  reportedAt: Instant,
  receivedAt: Instant,
  appVersion: z.string(),
  storageUsedBytes: z.number(),
  storageQuotaBytes: z.number().nullable(),
  storagePersisted: z.boolean().nullable(),
  unsentCommands: z.number().int(),
  unsentAttachments: z.number().int(),
});
export type DeviceReportSummary = z.infer<typeof DeviceReportSummary>;

export const Device = z.object({
  id: Id,
  label: z.string(),
  person: z.object({ id: Id, name: z.string() }),
  state: DeviceState,
  registeredAt: Instant,
  lastSeenAt: Instant,
  expiresAt: Instant,
  revokedAt: Instant.nullable(),
  lastReport: DeviceReportSummary.nullable(),
});
export type Device = z.infer<typeof Device>;

/** The answer to a registration: the credential is shown this once and kept only on the device. */
export const RegisteredDevice = z.object({
  device: Device,
  credential: z.string(),
  expiresAt: Instant,
  /**
   * The address the public reaches this server at (\`PUBLIC_URL\`): the printed confirmation of an
   * application carries \`\${publicUrl}/feedback/\${token}\`. Pull answers it too, in \`device\`.
   */
  publicUrl: z.string(),
});
export type RegisteredDevice = z.infer<typeof RegisteredDevice>;
