/** A point on the map. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/**
 * How a centre estimates travel: straight-line distance stretched by a road factor at an average
 * speed, or — when a routing service is configured and answers — the service's durations.
 */
export interface RoutingSettings {
  readonly roadFactor: number;
  readonly speedKmh: number;
  /** An OSRM-compatible server (its `table` service); null to use the estimate only. */
  readonly serviceUrl: string | null;
}

/** Country roads with villages on the way: 1.3 × the straight line at 40 km/h. */
export const DEFAULT_ROUTING: RoutingSettings = Object.freeze({
  roadFactor: 1.3,
  speedKmh: 40,
  serviceUrl: null,
});

const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle distance between two points, in kilometres. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated road distance in kilometres: the straight line times the road factor. */
export function roadKm(a: GeoPoint, b: GeoPoint, settings: RoutingSettings): number {
  return haversineKm(a, b) * settings.roadFactor;
}

/** Estimated travel time in whole minutes (rounded up, so a plan never counts on arriving early). */
export function travelMinutes(a: GeoPoint, b: GeoPoint, settings: RoutingSettings): number {
  return Math.ceil((roadKm(a, b, settings) / settings.speedKmh) * 60);
}

/** Travel minutes between every pair of points: `matrix[i][j]` from point i to point j. */
export function straightLineMatrix(points: readonly GeoPoint[], settings: RoutingSettings): number[][] {
  return points.map((from) => points.map((to) => (from === to ? 0 : travelMinutes(from, to, settings))));
}

/** Estimated road kilometres between every pair of points. */
export function straightLineDistances(points: readonly GeoPoint[], settings: RoutingSettings): number[][] {
  return points.map((from) => points.map((to) => roadKm(from, to, settings)));
}
