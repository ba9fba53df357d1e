import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

/** Bad input is a 4xx with a catalogued code and a message in the user's language — never a 500. */
describe('bad input', () => {
  const t = useTestDatabase();

  async function head() {
    const { head } = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    return { app, client: await signIn(app, head.login, TEST_PASSWORD) };
  }

  it('answers malformed JSON with validation.malformed', async () => {
    const { client } = await head();
    const response = await client.request({
      method: 'POST',
      url: '/api/v1/kits',
      payload: '{"code": "A",',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation.malformed');
  });

  it('names unknown, missing, mistyped and over-long fields, in Ukrainian or English', async () => {
    const { client } = await head();
    const response = await client.request({
      method: 'POST',
      url: '/api/v1/outreach-points',
      payload: { name: 'x'.repeat(161), active: 'yes', colour: 'red' },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation.failed');
    expect(error.message).toBe('Some data is not valid. Check the marked fields.');
    const byPath = Object.fromEntries(
      error.details.map((d: { path: string; message: string }) => [d.path, d.message]),
    );
    expect(byPath).toEqual({
      name: 'At most 160 characters.',
      address: 'Required.',
      active: 'Wrong type of value.',
      colour: 'Unknown field.',
    });
    const uk = await client.post('/api/v1/outreach-points', { name: 'Пункт' });
    expect(uk.json().error.details).toEqual([
      { path: 'address', code: 'invalid_type', message: 'Обов’язкове поле.' },
    ]);
  });

  it('refuses a wrong identifier in a path or a query without touching the database', async () => {
    const { client } = await head();
    const path = await client.get('/api/v1/kits/not-a-uuid');
    expect(path.statusCode).toBe(400);
    expect(path.json().error.details[0]).toMatchObject({ path: 'params.id', code: 'invalid_format' });
    const query = await client.get('/api/v1/audit?cursor=zzz&limit=100000');
    expect(query.statusCode).toBe(400);
    expect(
      query
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['querystring.cursor', 'querystring.limit']);
  });

  it('answers unsupported content types and oversized bodies with their own codes', async () => {
    const { client } = await head();
    const xml = await client.request({
      method: 'POST',
      url: '/api/v1/kits',
      payload: '<kit/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('validation.unsupported_media');
    const huge = await client.request({
      method: 'POST',
      url: '/api/v1/kits',
      payload: JSON.stringify({ code: 'A', notes: 'x'.repeat(3 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('validation.too_large');
  });

  it('answers unknown API paths with a JSON 404 and other paths with the web app', async () => {
    const { app } = await head();
    const api = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { code: 'not_found', message: 'Не знайдено.', details: [] } });
    const post = await app.inject({ method: 'DELETE', url: '/api/v1/kits' });
    expect(post.statusCode).toBe(404);
    expect(post.headers['content-type']).toMatch(/application\/json/);
    const page = await app.inject({ method: 'GET', url: '/staff' });
    expect(page.statusCode).toBe(200);
  });

  it('answers requests without a session with auth.required', async () => {
    const { app } = await head();
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/kits',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({
      code: 'auth.required',
      message: 'Please sign in to continue.',
      details: [],
    });
  });

  it('keeps HTML in text as text', async () => {
    const { client } = await head();
    const evil = '<script>alert(1)</script>';
    const created = await client.post('/api/v1/kits', { code: 'XSS-1', notes: evil });
    expect(created.statusCode).toBe(201);
    const read = await client.get(`/api/v1/kits/${created.json().id}`);
    expect(read.json().notes).toBe(evil);
    expect(read.headers['content-type']).toMatch(/application\/json/);
    expect(read.headers['x-content-type-options']).toBe('nosniff');
  });
});
