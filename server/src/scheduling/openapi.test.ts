import { describe, expect, it } from 'vitest';
import { testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('scheduling in the OpenAPI document', () => {
  const t = useTestDatabase();

  it('describes the board’s endpoints with their contracts', async () => {
    const app = await testApp(t.handle);
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/visits',
      '/api/v1/visits/{id}',
      '/api/v1/plans',
      '/api/v1/plans/{day}',
      '/api/v1/plans/approve',
      '/api/v1/plans/{day}/route',
      '/api/v1/plans/{day}/pdf',
      '/api/v1/planning/waiting',
      '/api/v1/outreach-sessions',
      '/api/v1/outreach-schedules',
      '/api/v1/kit-checks',
      '/api/v1/call-list',
      '/api/v1/calendar',
      '/api/v1/staff/{id}/calendar-feed',
    ])
      expect(document.paths[path], path).toBeDefined();
    const place = document.paths['/api/v1/visits'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(place)).toContain('outreachSessionId');
    expect(document.paths['/api/v1/plans/approve'].post.responses['200']).toBeDefined();
  });
});
