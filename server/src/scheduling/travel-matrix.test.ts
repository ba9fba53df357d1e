import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING, straightLineMatrix } from '@valiza/domain';
import { travelMatrix } from './travel-matrix.js';

const points = [
  { lat: 48.5132, lon: 34.6031 },
  { lat: 48.4897, lon: 34.7456 },
  { lat: 48.5256, lon: 34.5322 },
];

/** A small OSRM-like server: `/ok` answers a table, `/broken` a 500, `/slow` never in time. */
describe('travel matrix with a routing service', () => {
  let server: Server;
  let base = '';
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      if (req.url?.startsWith('/ok/table/v1/driving/')) {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            code: 'Ok',
            durations: [
              [0, 600, 900],
              [610, 0, 1200],
              [905, 1190, 0],
            ],
            distances: [
              [0, 12000, 9000],
              [12100, 0, 20000],
              [9050, 19900, 0],
            ],
          }),
        );
      } else if (req.url?.startsWith('/slow/')) {
        setTimeout(() => res.end('{}'), 2000);
      } else {
        res.statusCode = 500;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('uses the service’s road durations and distances, asking lon,lat pairs', async () => {
    const matrix = await travelMatrix(points, { ...DEFAULT_ROUTING, serviceUrl: `${base}/ok/` });
    expect(matrix.source).toBe('service');
    expect(matrix.minutes[0]).toEqual([0, 10, 15]);
    expect(matrix.km[1]![2]).toBe(20);
    expect(seen.at(-1)).toBe(
      '/ok/table/v1/driving/34.603100,48.513200;34.745600,48.489700;34.532200,48.525600?annotations=duration,distance',
    );
  });

  it('falls back to the straight-line estimate when the service fails or is slow', async () => {
    const estimate = straightLineMatrix(points, DEFAULT_ROUTING);
    const broken = await travelMatrix(points, { ...DEFAULT_ROUTING, serviceUrl: `${base}/broken` });
    expect(broken).toMatchObject({ source: 'estimate', minutes: estimate });
    const slow = await travelMatrix(points, { ...DEFAULT_ROUTING, serviceUrl: `${base}/slow` }, 200);
    expect(slow.source).toBe('estimate');
    const none = await travelMatrix(points, DEFAULT_ROUTING);
    expect(none.source).toBe('estimate');
  });
});
