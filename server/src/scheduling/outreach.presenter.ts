import { wallClockAt, type OutreachSchedule, type OutreachSession } from '@valiza/domain';
import type { ScheduleRow, SessionRow } from './outreach.repository.js';

/** `HH:MM` of an instant on the Kyiv wall clock. */
export function clockTime(instant: Date): string {
  const c = wallClockAt(instant);
  return `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
}

export const presentSchedule = (s: ScheduleRow): OutreachSchedule => ({
  id: s.id,
  outreachPointId: s.outreachPointId,
  rule: s.rule,
  startTime: s.startTime,
  endTime: s.endTime,
  validFrom: s.validFrom,
  validUntil: s.validUntil,
  exceptions: s.exceptions,
  staffIds: s.staffIds,
  kitId: s.kitId,
  active: s.active,
  version: s.version,
});

export const presentSession = (s: SessionRow, staffIds: readonly string[]): OutreachSession => ({
  id: s.id,
  scheduleId: s.scheduleId,
  outreachPointId: s.outreachPointId,
  pointName: s.pointName,
  address: s.address,
  day: s.day,
  startTime: clockTime(s.startsAt),
  endTime: clockTime(s.endsAt),
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  staffIds: [...staffIds],
  kitId: s.kitId,
  status: s.status,
  cancelReason: s.cancelReason,
  capacityMinutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
  bookedMinutes: s.bookedMinutes,
  bookings: s.bookings,
});
