import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Device, IdParams, RegisterDeviceBody, RegisteredDevice } from '@valiza/domain';
import { requireActor } from '../auth/policy.js';
import { typed } from '../http/typed.js';
import { presentDevice } from './device.presenter.js';
import { listVisibleDevices, registerDevice, revokeCentreDevice } from './device.service.js';

const tags = ['devices'];

/** Registering, listing and revoking field devices. */
export async function deviceRoutes(app: FastifyInstance): Promise<void> {
  const r = typed(app);

  r.post(
    '/api/v1/devices',
    {
      schema: {
        tags,
        summary: 'Register this browser as a field device (signed in with a password)',
        body: RegisterDeviceBody,
        response: { 201: RegisteredDevice },
      },
    },
    async (req, reply) => {
      const { device, credential } = await registerDevice(
        req.db,
        requireActor(req.actor),
        req.body,
        app.config.deviceDays,
      );
      return reply.status(201).send({
        device: presentDevice(device, undefined),
        credential,
        expiresAt: device.expiresAt.toISOString(),
        publicUrl: app.config.publicUrl,
      });
    },
  );

  r.get(
    '/api/v1/devices',
    {
      schema: {
        tags,
        summary: "The centre's devices (head) or one's own",
        response: { 200: z.object({ items: z.array(Device) }) },
      },
    },
    async (req) => {
      const { devices, reports } = await listVisibleDevices(req.db, requireActor(req.actor));
      return { items: devices.map((d) => presentDevice(d, reports.get(d.id))) };
    },
  );

  r.post(
    '/api/v1/devices/:id/revoke',
    { schema: { tags, summary: 'Revoke a device (head)', params: IdParams, response: { 200: Device } } },
    async (req) => {
      const { device, report } = await revokeCentreDevice(req.db, requireActor(req.actor), req.params.id);
      return presentDevice(device, report);
    },
  );
}
