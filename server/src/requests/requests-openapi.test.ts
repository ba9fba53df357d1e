import { describe, expect, it } from 'vitest';
import { testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('the OpenAPI document of the catalogue and requests', () => {
  const t = useTestDatabase();

  it('describes every endpoint, the file bodies and the public ones without sign-in', async () => {
    const app = await testApp(t.handle);
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /api/v1/services',
        'POST /api/v1/services',
        'GET /api/v1/services/{id}',
        'PUT /api/v1/services/{id}',
        'GET /api/v1/services/export',
        'POST /api/v1/services/import',
        'GET /api/v1/eligibility-categories',
        'PUT /api/v1/eligibility-categories',
        'GET /api/v1/requests',
        'POST /api/v1/requests',
        'POST /api/v1/requests/risk-preview',
        'GET /api/v1/requests/{id}',
        'PUT /api/v1/requests/{id}',
        'POST /api/v1/requests/{id}/transitions',
        'GET /api/v1/requests/{id}/summary.pdf',
        'GET /api/v1/applicants',
        'GET /api/v1/applicants/duplicates',
        'GET /api/v1/applicants/{id}',
        'PUT /api/v1/applicants/{id}',
        'POST /api/v1/applicants/{id}/merge',
        'GET /api/v1/public/centres/{slug}',
        'POST /api/v1/public/requests',
        'POST /api/v1/public/requests/status',
      ]),
    );
    const upload = doc.paths['/api/v1/services/import'].post.requestBody.content;
    expect(Object.keys(upload)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ]);
    expect(doc.paths['/api/v1/requests/{id}/summary.pdf'].get.responses['200'].content).toHaveProperty(
      'application/pdf',
    );
    expect(doc.paths['/api/v1/public/requests'].post.security).toEqual([]);
    const phone =
      doc.paths['/api/v1/public/requests/status'].post.requestBody.content['application/json'].schema;
    expect(phone.properties.phone.type).toBe('string');
  });
});
