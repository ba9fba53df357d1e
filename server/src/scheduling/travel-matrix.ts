import {
  straightLineDistances,
  straightLineMatrix,
  type GeoPoint,
  type RoutingSettings,
} from '@valiza/domain';

/** Travel between every pair of points: minutes and kilometres, and where they came from. */
export interface TravelMatrix {
  minutes: number[][];
  km: number[][];
  source: 'estimate' | 'service';
}

interface OsrmTable {
  code?: string;
  durations?: (number | null)[][];
  distances?: (number | null)[][];
}

function complete(table: (number | null)[][] | undefined, size: number): table is number[][] {
  return (
    Array.isArray(table) &&
    table.length === size &&
    table.every(
      (row) => Array.isArray(row) && row.length === size && row.every((v) => typeof v === 'number' && v >= 0),
    )
  );
}

async function fromService(
  url: string,
  points: readonly GeoPoint[],
  timeoutMs: number,
): Promise<TravelMatrix> {
  const coordinates = points.map((p) => `${p.lon.toFixed(6)},${p.lat.toFixed(6)}`).join(';');
  const response = await fetch(
    `${url.replace(/\/+$/, '')}/table/v1/driving/${coordinates}?annotations=duration,distance`,
    {
      signal: AbortSignal.timeout(timeoutMs),
    },
  );
  if (!response.ok) throw new Error(`routing service answered ${response.status}`);
  const table = (await response.json()) as OsrmTable;
  if (
    table.code !== 'Ok' ||
    !complete(table.durations, points.length) ||
    !complete(table.distances, points.length)
  )
    throw new Error('routing service gave no complete table');
  return {
    minutes: table.durations.map((row) => row.map((seconds) => Math.ceil(seconds / 60))),
    km: table.distances.map((row) => row.map((metres) => metres / 1000)),
    source: 'service',
  };
}

/**
 * Travel times between points. With a routing service configured (an OSRM-compatible `table`
 * endpoint) its road durations are used; when it is not set, fails, times out or answers
 * something incomplete, the straight-line estimate (× road factor ÷ speed) stands in, so the board
 * always has a route.
 */
export async function travelMatrix(
  points: readonly GeoPoint[],
  routing: RoutingSettings,
  timeoutMs = 3000,
): Promise<TravelMatrix> {
  if (routing.serviceUrl && points.length > 1) {
    try {
      return await fromService(routing.serviceUrl, points, timeoutMs);
    } catch {
      // Falls through to the estimate: a routing outage must not stop planning.
    }
  }
  return {
    minutes: straightLineMatrix(points, routing),
    km: straightLineDistances(points, routing),
    source: 'estimate',
  };
}
