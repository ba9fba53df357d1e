import { describe, expect, it } from 'vitest';
import { civilDateIn, DEFAULT_CALENDAR_SETTINGS, nextWorkingDay, type PulledChange } from '@valiza/domain';
import { pullAs, type DeviceClient } from '../test/device-client.js';
import { plannedVisitForDevices } from '../test/field-plan-fixtures.js';
import { useTestDatabase } from '../test/test-db.js';

// Devices hold today and the next week, so the day is the next working day after the real today.
const day = nextWorkingDay(civilDateIn(new Date()), DEFAULT_CALENDAR_SETTINGS);

describe('approved plans on field devices', () => {
  const t = useTestDatabase();

  const pull = (device: DeviceClient, checkpoint?: string) => pullAs(device, checkpoint, t.db);
  const plans = (changes: PulledChange[]) => changes.filter((c) => c.entity === 'approved_plan');

  it('sends only approved days, only to the people on them, and keeps the last approval until the next', async () => {
    const { device, idleDevice, head, visit } = await plannedVisitForDevices(t.handle, day);
    const first = await pull(device);
    expect(plans(first.changes)).toEqual([]);

    const approve = async () => {
      const plan = (await head.get(`/api/v1/plans/${day}`)).json();
      const response = await head.post('/api/v1/plans/approve', {
        from: day,
        to: day,
        versions: { [day]: plan.version },
        kitNotReadyReason: 'Перевірка вранці',
      });
      expect(response.statusCode).toBe(200);
      return plan.id as string | undefined;
    };
    await approve();
    const second = await pull(device, first.checkpoint);
    const [approved] = plans(second.changes);
    expect(approved).toMatchObject({
      op: 'upsert',
      data: {
        day,
        approval: 1,
        visits: [{ id: visit.id, startTime: '10:00', applicant: { phone: '+380671234567' } }],
      },
    });
    expect(plans((await pull(idleDevice)).changes)).toEqual([]);

    const moved = await head.patch(`/api/v1/visits/${visit.id}`, {
      version: visit.version,
      startTime: '13:00',
      endTime: '14:00',
    });
    expect(moved.statusCode).toBe(200);
    const third = await pull(device, second.checkpoint);
    expect(plans(third.changes)).toEqual([]);
    const full = await pull(device);
    expect(plans(full.changes)[0]).toMatchObject({ data: { approval: 1, visits: [{ startTime: '10:00' }] } });

    await approve();
    const fourth = await pull(device, third.checkpoint);
    expect(plans(fourth.changes)).toEqual([
      expect.objectContaining({
        id: approved!.id,
        data: expect.objectContaining({
          approval: 2,
          visits: [expect.objectContaining({ startTime: '13:00' })],
        }),
      }),
    ]);
  });
});
