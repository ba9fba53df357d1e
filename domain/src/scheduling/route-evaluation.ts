/** A window in minutes since the day's midnight: the visit starts no earlier than `from` and ends by `to`. */
export interface MinuteWindow {
  readonly from: number;
  readonly to: number;
}

/** One stop of a day's route: a home visit with its length and the applicant's window. */
export interface RouteStop {
  readonly id: string;
  readonly serviceMinutes: number;
  /** null when any time of the working day suits. */
  readonly window: MinuteWindow | null;
}

/**
 * A day's routing problem. `travel[i][j]` is minutes from point i to point j, where point 0 is the
 * centre (start and end of the day) and point k + 1 is `stops[k]`.
 */
export interface RouteProblem {
  readonly stops: readonly RouteStop[];
  readonly travel: readonly (readonly number[])[];
  /** The earliest departure from the centre, minutes since midnight. */
  readonly departure: number;
  /** When the crew must be back (the end of working hours); null when the day is open-ended. */
  readonly returnBy: number | null;
}

/** A stop with its times. */
export interface ScheduledStop {
  readonly id: string;
  readonly travelMinutes: number;
  readonly arrival: number;
  readonly start: number;
  readonly end: number;
  /** Whether the visit fits its window. */
  readonly onTime: boolean;
}

/** A route evaluated in a given order. */
export interface RouteEvaluation {
  readonly stops: readonly ScheduledStop[];
  /** Every stop fits its window and the crew is back in time. */
  readonly feasible: boolean;
  /** When the crew leaves the centre: as late as the first stop allows, never before `departure`. */
  readonly leaveAt: number;
  readonly returnAt: number;
  readonly travelMinutes: number;
  /** From leaving the centre to coming back, waiting included. */
  readonly totalMinutes: number;
}

/** Times every stop in `order` (indices into `problem.stops`) and says whether the route holds. */
export function evaluateRoute(problem: RouteProblem, order: readonly number[]): RouteEvaluation {
  const travel = (from: number, to: number) => problem.travel[from]?.[to] ?? 0;
  const stops: ScheduledStop[] = [];
  let clock = problem.departure;
  let point = 0;
  let travelled = 0;
  let feasible = true;
  for (const index of order) {
    const stop = problem.stops[index]!;
    const leg = travel(point, index + 1);
    const arrival = clock + leg;
    const start = Math.max(arrival, stop.window?.from ?? arrival);
    const end = start + stop.serviceMinutes;
    const onTime = !stop.window || end <= stop.window.to;
    feasible &&= onTime;
    stops.push({ id: stop.id, travelMinutes: leg, arrival, start, end, onTime });
    travelled += leg;
    clock = end;
    point = index + 1;
  }
  const back = travel(point, 0);
  const returnAt = clock + back;
  travelled += back;
  if (problem.returnBy !== null && returnAt > problem.returnBy) feasible = false;
  const first = stops[0];
  // Waiting at the first door is time better spent at the centre: leave later instead.
  const leaveAt = first ? Math.max(problem.departure, first.start - first.travelMinutes) : problem.departure;
  return { stops, feasible, leaveAt, returnAt, travelMinutes: travelled, totalMinutes: returnAt - leaveAt };
}

/** Whether evaluation `a` is strictly better than `b`: feasible first, then shorter, then less driving. */
export function isBetter(a: RouteEvaluation, b: RouteEvaluation): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  if (a.totalMinutes !== b.totalMinutes) return a.totalMinutes < b.totalMinutes;
  return a.travelMinutes < b.travelMinutes;
}
