import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BirthDate, PhoneNumber, TaxNumber, Unzr } from '@valiza/domain';
import { testConfig } from '../test/test-app.js';
import { installErrorHandler } from './error-handler.js';
import { installLocale } from './locale.js';
import { installOpenApi } from './openapi.js';
import { typed } from './typed.js';
import { validatorCompiler } from './validation.js';

const Applicant = z.strictObject({
  phone: PhoneNumber,
  unzr: Unzr.optional(),
  taxNumber: TaxNumber.optional(),
  birthDate: BirthDate.optional(),
});

/** The server's own validation, error handler and OpenAPI generator around one route using the identifiers. */
async function probeApp(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.decorate('config', testConfig());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installLocale(app);
  installErrorHandler(app);
  await installOpenApi(app);
  typed(app).post(
    '/probe',
    { schema: { body: Applicant, response: { 200: Applicant } } },
    async (req) => req.body,
  );
  await app.ready();
  return app;
}

describe('identifier contracts in the HTTP layer', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await probeApp();
  });
  afterAll(() => app.close());

  it('stores what people type in the normalised form', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe',
      payload: { phone: '8 (067) 123-45-67', unzr: '2000010100019', taxNumber: '3652504575' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      phone: '+380671234567',
      unzr: '20000101-00019',
      taxNumber: '3652504575',
    });
  });

  it('answers a bad value with a localised message and the reason per field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/probe',
      headers: { 'accept-language': 'uk' },
      payload: { phone: '067 123', unzr: '20000101-00018', birthDate: '2999-01-01' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'validation.failed',
        message: expect.any(String),
        details: [
          {
            path: 'phone',
            code: 'phone.length',
            message: 'Номер телефону має містити 10 цифр, наприклад 067 123 45 67.',
          },
          { path: 'unzr', code: 'unzr.check_digit', message: expect.stringContaining('контрольна') },
          {
            path: 'birthDate',
            code: 'birth_date.future',
            message: 'Дата народження не може бути в майбутньому.',
          },
        ],
      },
    });
  });

  it('describes the identifiers in the OpenAPI document, for the request and the response', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operation = document.paths['/probe'].post;
    const request = operation.requestBody.content['application/json'].schema;
    const reply = operation.responses['200'].content['application/json'].schema;
    for (const schema of [request, reply]) {
      expect(schema.properties.phone).toMatchObject({ type: 'string', maxLength: 40 });
      expect(schema.properties.birthDate).toMatchObject({ type: 'string', format: 'date' });
      expect(schema.properties.unzr.description).toContain('UNZR');
    }
  });
});
