import {
  evaluateRoute,
  isBetter,
  type RouteEvaluation,
  type RouteProblem,
  type RouteStop,
} from './route-evaluation.js';

/** The optimiser's answer: the stops it could route in order, and those it could not fit. */
export interface OptimisedRoute {
  /** Indices into `problem.stops`, in driving order. */
  readonly order: readonly number[];
  readonly evaluation: RouteEvaluation;
  /** Stops that fit nowhere in the day (their window cannot be met together with the others). */
  readonly unplaced: readonly number[];
}

const OR_OPT_LENGTHS = [1, 2, 3];

/** Tight windows first: a stop that must be early or has little room is placed before the free ones. */
function insertionOrder(stops: readonly RouteStop[]): number[] {
  const key = (s: RouteStop) => [s.window?.to ?? Infinity, s.window?.from ?? -Infinity];
  return stops
    .map((_, index) => index)
    .sort((a, b) => {
      const [toA, fromA] = key(stops[a]!);
      const [toB, fromB] = key(stops[b]!);
      return toA! - toB! || fromA! - fromB! || stops[a]!.id.localeCompare(stops[b]!.id);
    });
}

/** Cheapest feasible insertion of each stop in turn; stops with no feasible place are set aside. */
function insertAll(problem: RouteProblem, route: number[], candidates: readonly number[]) {
  const unplaced: number[] = [];
  for (const stop of candidates) {
    let best: { order: number[]; evaluation: RouteEvaluation } | null = null;
    for (let position = 0; position <= route.length; position++) {
      const order = [...route.slice(0, position), stop, ...route.slice(position)];
      const evaluation = evaluateRoute(problem, order);
      if (evaluation.feasible && (!best || isBetter(evaluation, best.evaluation)))
        best = { order, evaluation };
    }
    if (best) route = best.order;
    else unplaced.push(stop);
  }
  return { route, unplaced };
}

/** Every 2-opt reversal and or-opt move of the route, in a fixed order. */
function* neighbours(route: readonly number[]): Generator<number[]> {
  for (let i = 0; i < route.length - 1; i++) {
    for (let j = i + 1; j < route.length; j++) {
      yield [...route.slice(0, i), ...route.slice(i, j + 1).reverse(), ...route.slice(j + 1)];
    }
  }
  for (const length of OR_OPT_LENGTHS) {
    for (let i = 0; i + length <= route.length; i++) {
      const segment = route.slice(i, i + length);
      const rest = [...route.slice(0, i), ...route.slice(i + length)];
      for (let position = 0; position <= rest.length; position++) {
        if (position === i) continue;
        yield [...rest.slice(0, position), ...segment, ...rest.slice(position)];
      }
    }
  }
}

/** First-improvement local search; only moves that keep the route feasible and make it better. */
function improve(problem: RouteProblem, start: number[]): { order: number[]; evaluation: RouteEvaluation } {
  let order = start;
  let evaluation = evaluateRoute(problem, order);
  let improved = true;
  while (improved) {
    improved = false;
    for (const candidate of neighbours(order)) {
      const next = evaluateRoute(problem, candidate);
      if (next.feasible && isBetter(next, evaluation)) {
        order = candidate;
        evaluation = next;
        improved = true;
        break;
      }
    }
  }
  return { order, evaluation };
}

/**
 * Orders a day's stops: cheapest insertion with the tightest windows first, then 2-opt and or-opt
 * moves that keep every window. When the stops' given order is itself feasible it is improved too,
 * so the answer is never longer than it. Deterministic: the same problem gives the same route.
 * Stops that cannot be fitted are reported in `unplaced`, never silently dropped.
 */
export function optimiseRoute(problem: RouteProblem): OptimisedRoute {
  const built = insertAll(problem, [], insertionOrder(problem.stops));
  let best = improve(problem, built.route);
  let unplaced = built.unplaced;
  if (unplaced.length > 0) {
    const retry = insertAll(problem, best.order, unplaced);
    best = improve(problem, retry.route);
    unplaced = retry.unplaced;
  }
  const given = problem.stops.map((_, index) => index);
  const givenEvaluation = evaluateRoute(problem, given);
  if (givenEvaluation.feasible) {
    const fromGiven = improve(problem, given);
    if (unplaced.length > 0 || isBetter(fromGiven.evaluation, best.evaluation)) {
      best = fromGiven;
      unplaced = [];
    }
  }
  return { order: best.order, evaluation: best.evaluation, unplaced };
}
