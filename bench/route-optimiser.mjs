// Orders a day of 12 home visits with time windows and compares the route with the naive order
// (the order the requests came in): time to optimise, travel minutes, kilometres, total duration.
// Run: npm run bench -- route-optimiser   (SEEDS=20 for more days)
import {
  DEFAULT_ROUTING,
  evaluateRoute,
  optimiseRoute,
  straightLineDistances,
  straightLineMatrix,
} from '../domain/dist/index.js';

const seeds = Number(process.env.SEEDS ?? 10);
const centre = { lat: 48.5132, lon: 34.6031 };

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function day(seed) {
  const next = random(seed);
  const points = [];
  const stops = [];
  for (let i = 0; i < 12; i++) {
    points.push({ lat: centre.lat + (next() - 0.5) * 0.12, lon: centre.lon + (next() - 0.5) * 0.16 });
    const windowed = next() < 0.5;
    const from = 8 * 60 + Math.floor(next() * 6) * 60;
    stops.push({
      id: `stop-${i}`,
      serviceMinutes: 15 + Math.floor(next() * 4) * 5,
      window: windowed ? { from, to: from + 180 } : null,
    });
  }
  const all = [centre, ...points];
  return {
    problem: { stops, travel: straightLineMatrix(all, DEFAULT_ROUTING), departure: 8 * 60, returnBy: null },
    km: straightLineDistances(all, DEFAULT_ROUTING),
  };
}

function kilometres(km, order) {
  let total = 0;
  let at = 0;
  for (const i of order) {
    total += km[at][i + 1];
    at = i + 1;
  }
  return total + km[at][0];
}

const rows = [];
for (let seed = 1; seed <= seeds; seed++) {
  const { problem, km } = day(seed);
  const naiveOrder = problem.stops.map((_, i) => i);
  const naive = evaluateRoute(problem, naiveOrder);
  const times = [];
  let result;
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    result = optimiseRoute(problem);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  rows.push({
    seed,
    ms: times[2].toFixed(1),
    naiveKm: kilometres(km, naiveOrder).toFixed(1),
    km: kilometres(km, result.order).toFixed(1),
    naiveTravel: naive.travelMinutes,
    travel: result.evaluation.travelMinutes,
    naiveTotal: naive.totalMinutes,
    total: result.evaluation.totalMinutes,
    naiveOnTime: naive.feasible,
    unplaced: result.unplaced.length,
  });
}
console.table(rows);
const mean = (key) => rows.reduce((s, r) => s + Number(r[key]), 0) / rows.length;
console.log(
  `12 stops, ${rows.length} days: median optimise time ${mean('ms').toFixed(1)} ms on average; ` +
    `route ${mean('km').toFixed(1)} km vs naive ${mean('naiveKm').toFixed(1)} km; ` +
    `travel ${mean('travel').toFixed(0)} min vs ${mean('naiveTravel').toFixed(0)} min; ` +
    `day ${mean('total').toFixed(0)} min vs ${mean('naiveTotal').toFixed(0)} min.`,
);
