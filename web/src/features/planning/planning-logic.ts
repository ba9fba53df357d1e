import {
  addDays,
  travelMinutes,
  weekdayOf,
  type IsoDate,
  type PlanSummary,
  type RoutingSettings,
  type Visit,
  type WaitingRequest,
} from '@valiza/domain';

/** `HH:MM` plus minutes, kept within the day (never past 23:59). */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, Math.max(0, (h ?? 0) * 60 + (m ?? 0) + minutes));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The Monday of the week a day falls in. */
export function mondayOf(day: IsoDate): IsoDate {
  return addDays(day, 1 - weekdayOf(day));
}

/** Monday to Sunday of the week of a day. */
export function weekOf(day: IsoDate): IsoDate[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The version of each day the head looked at: what an approval of those days sends. */
export function versionsOf(days: readonly Pick<PlanSummary, 'day' | 'version'>[]): Record<IsoDate, number> {
  return Object.fromEntries(days.map((d) => [d.day, d.version]));
}

/**
 * Days of a period that an approval would change, as the server decides: a day with a plan (version
 * above 0) not approved as it is — a day emptied after approval too, so devices drop it.
 */
export function daysToApprove(days: readonly PlanSummary[]): PlanSummary[] {
  return days.filter((d) => d.state !== 'approved' && d.version > 0);
}

/**
 * The first start time a waiting request would like: its first preferred window, else the morning.
 * The end follows from the minutes of its services.
 */
export function suggestedWindow(request: Pick<WaitingRequest, 'preferences' | 'serviceMinutes'>): {
  startTime: string;
  endTime: string;
} {
  const startTime = request.preferences.windows[0]?.from ?? '09:00';
  return { startTime, endTime: addMinutes(startTime, request.serviceMinutes) };
}

/** Whether a waiting request prefers a day's weekday (no preference means any day suits). */
export function prefersDay(request: Pick<WaitingRequest, 'preferences'>, day: IsoDate): boolean {
  const names = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const weekdays = request.preferences.weekdays;
  return weekdays.length === 0 || weekdays.includes(names[weekdayOf(day) - 1]!);
}

export interface Leg {
  visitId: string;
  /** Minutes from the previous stop (the centre for the first), null when a point is unknown. */
  minutes: number | null;
}

/**
 * Travel to each home visit of one kit's day in the order given, estimated from coordinates the way
 * the server estimates it (straight line × road factor at the average speed), starting at the centre.
 */
export function legsOf(
  visits: readonly Pick<Visit, 'id' | 'kind' | 'location'>[],
  start: { lat: number | null; lon: number | null },
  routing: RoutingSettings,
): Leg[] {
  let previous = start.lat !== null && start.lon !== null ? { lat: start.lat, lon: start.lon } : null;
  return visits.map((visit) => {
    const { lat, lon } = visit.location;
    const here = lat !== null && lon !== null ? { lat, lon } : null;
    const minutes = previous && here && visit.kind === 'home' ? travelMinutes(previous, here, routing) : null;
    if (here) previous = here;
    return { visitId: visit.id, minutes };
  });
}

/** Visits grouped by kit, each group in route order (sequence, then start). */
export function visitsByKit<V extends Pick<Visit, 'kitId' | 'sequence' | 'startsAt'>>(
  visits: readonly V[],
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const visit of visits) groups.set(visit.kitId, [...(groups.get(visit.kitId) ?? []), visit]);
  for (const group of groups.values())
    group.sort((a, b) => (a.sequence ?? 1e9) - (b.sequence ?? 1e9) || a.startsAt.localeCompare(b.startsAt));
  return groups;
}

/** A tile URL Leaflet may use, or null: only http(s) templates with {z}, {x} and {y}. */
export function usableTileUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/.test(url) ? url : null;
}
