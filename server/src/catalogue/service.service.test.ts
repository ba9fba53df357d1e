import { describe, expect, it } from 'vitest';
import { makeCentreWithStaff, TEST_PASSWORD } from '../test/factories.js';
import { FREE_SERVICE, PAID_SERVICE } from '../test/intake-factories.js';
import { signIn, testApp } from '../test/test-app.js';
import { useTestDatabase } from '../test/test-db.js';

describe('service catalogue and eligibility categories', () => {
  const t = useTestDatabase();

  async function setup() {
    const staff = await makeCentreWithStaff(t.db);
    const app = await testApp(t.handle);
    const head = await signIn(app, staff.head.login, TEST_PASSWORD);
    const operator = await signIn(app, staff.operator.login, TEST_PASSWORD);
    return { staff, head, operator };
  }

  it('lets the head add and change services, with ids kept for documents that stay', async () => {
    const { head, operator } = await setup();
    const created = await head.post('/api/v1/services', PAID_SERVICE);
    expect(created.statusCode, created.body).toBe(201);
    const service = created.json();
    expect(service).toMatchObject({ code: 'GLUE', version: 1, fee: { kind: 'paid', amountKopiyky: 3400 } });
    const changed = await head.put(`/api/v1/services/${service.id}`, {
      ...PAID_SERVICE,
      version: service.version,
      documents: [
        { ...service.documents[0], name: 'Дві кольорові фотографії 3,5×4,5' },
        { name: 'Паспорт', form: 'original' },
      ],
    });
    expect(changed.json().documents[0].id).toBe(service.documents[0].id);
    expect(changed.json().documents[1].id).not.toBe(service.documents[0].id);
    expect(changed.json().version).toBe(2);
    const stale = await head.put(`/api/v1/services/${service.id}`, { ...PAID_SERVICE, version: 1 });
    expect(stale.json().error.code).toBe('conflict');
    expect((await operator.get('/api/v1/services')).json().items).toHaveLength(1);
    const duplicate = await head.post('/api/v1/services', { ...FREE_SERVICE, code: 'GLUE' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: 'catalogue.code_taken',
      details: [{ path: 'code' }],
    });
  });

  it('checks fees: a Ukrainian IBAN with its check digits, a recipient code, an amount in kopiyky', async () => {
    const { head } = await setup();
    const paid = PAID_SERVICE.fee.kind === 'paid' ? PAID_SERVICE.fee : null;
    const response = await head.post('/api/v1/services', {
      ...PAID_SERVICE,
      code: 'BAD',
      fee: { ...paid, iban: 'UA213223130000026007233566002', recipientCode: '123', amountKopiyky: 12.5 },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['fee.amountKopiyky', 'fee.iban', 'fee.recipientCode']);
    const spaced = await head.post('/api/v1/services', {
      ...PAID_SERVICE,
      code: 'SPACED',
      fee: { ...paid, iban: 'ua21 3223 1300 0002 6007 2335 6600 1' },
    });
    expect(spaced.json().fee.iban).toBe('UA213223130000026007233566001');
  });

  it('keeps the mandatory categories on and lets the head name the evidence of each', async () => {
    const { head, operator } = await setup();
    const initial = (await operator.get('/api/v1/eligibility-categories')).json().items;
    expect(
      initial.filter((c: { enabled: boolean }) => c.enabled).map((c: { code: string }) => c.code),
    ).toEqual(['disability_group_1', 'self_care_incapable']);
    const refused = await head.put('/api/v1/eligibility-categories', {
      categories: [{ code: 'self_care_incapable', enabled: false, evidence: 'Висновок ЛКК' }],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'catalogue.mandatory_category',
      details: [{ path: 'categories.0.enabled' }],
    });
    const saved = await head.put('/api/v1/eligibility-categories', {
      categories: [
        { code: 'aged_80_plus', enabled: true, evidence: 'Паспорт або ID-картка' },
        { code: 'remote_locality', enabled: true, evidence: 'Довідка старости' },
      ],
    });
    const byCode = Object.fromEntries(saved.json().items.map((c: { code: string }) => [c.code, c]));
    expect(byCode.aged_80_plus).toMatchObject({
      enabled: true,
      evidence: 'Паспорт або ID-картка',
      mandatory: false,
    });
    expect(byCode.disability_group_1).toMatchObject({ enabled: true, mandatory: true });
    expect(byCode.everybody.enabled).toBe(false);
  });
});
