import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch, type Call } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { FORM_ID, LISTS, LOCALITY_ID, PAID_ID, PASSPORT_ID, SAVED } from '../../test/intake-fixtures';
import { IntakeForm } from './IntakeForm';

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

const posts = (calls: Call[]) => calls.filter((c) => c.url === '/api/v1/requests');

function setUp(answer = json(201, SAVED)) {
  const calls = stubFetch({
    'POST /api/v1/requests': answer,
    'POST /api/v1/requests/risk-preview': json(200, { riskSignals: [] }),
  });
  const onSaved = vi.fn();
  renderWithApp(<IntakeForm lists={LISTS} onSaved={onSaved} />);
  return { calls, onSaved, user: userEvent.setup({ delay: null }) };
}

/** Typing key by key is slow in jsdom; a change event is what React reads from a field anyway. */
const fill = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillCall(user: ReturnType<typeof userEvent.setup>) {
  fill('Прізвище, ім’я та по батькові заявника', 'Бондар Галина');
  fill(/^Дата народження/, '12.04.1938');
  fill(/^Телефон заявника/, '050 700 11 23');
  await user.selectOptions(screen.getByLabelText('Населений пункт'), LOCALITY_ID);
  fill('Вулиця', 'вул. Соборна');
  fill('Будинок', '12');
  await user.selectOptions(screen.getByLabelText(/^Категорія заявника/), 'aged_80_plus');
  await user.selectOptions(screen.getByLabelText('Послуга'), PAID_ID);
  await user.click(screen.getByRole('button', { name: 'Додати послугу' }));
  const checklist = screen.getByRole('group', { name: 'Реєстрація місця проживання' });
  await user.click(within(checklist).getByLabelText(/^Паспорт/));
  await user.click(within(checklist).getByLabelText(/^Заява/));
  await user.click(within(checklist).getByLabelText('Перелік документів зачитано'));
  await user.selectOptions(within(checklist).getByLabelText('Спосіб оплати'), 'fast_pay');
  await user.selectOptions(screen.getByLabelText(/^Як ідентифіковано особу/), 'callback');
}

describe('the intake form', { timeout: 30_000 }, () => {
  it('refuses in the browser a request without the two statements and the caller identification', async () => {
    const { calls, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Зберегти заявку' }));
    const summary = await screen.findByRole('alert');
    for (const text of [
      /Прізвище, ім’я та по батькові заявника/,
      /Як ідентифіковано особу, що телефонує/,
      /Попереджено про відповідальність/,
      /Повідомлено про обробку персональних даних/,
      /Послуга/,
    ])
      expect(within(summary).getAllByText(text).length).toBeGreaterThan(0);
    expect(screen.getByLabelText(/^Попереджено про відповідальність/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(posts(calls)).toHaveLength(0);
  });

  it('asks for a payment method for a service with a fee', async () => {
    const { calls, user } = setUp();
    await fillCall(user);
    await user.selectOptions(screen.getByLabelText('Спосіб оплати'), '');
    await user.click(screen.getByLabelText(/^Попереджено про відповідальність/));
    await user.click(screen.getByLabelText(/^Повідомлено про обробку/));
    await user.click(screen.getByRole('button', { name: 'Зберегти заявку' }));
    expect(await screen.findByLabelText('Спосіб оплати')).toHaveAttribute('aria-invalid', 'true');
    expect(posts(calls)).toHaveLength(0);
  });

  it('moves on with Enter instead of sending a half-filled form', async () => {
    const { calls, user } = setUp();
    const name = screen.getByLabelText('Прізвище, ім’я та по батькові заявника');
    fireEvent.change(name, { target: { value: 'Бондар Галина' } });
    await user.type(name, '{Enter}');
    expect(screen.getByLabelText(/^Дата народження/)).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(posts(calls)).toHaveLength(0);
  });

  it('sends a complete call with an ISO birth date, +380 phones and both statements', async () => {
    const { calls, onSaved, user } = setUp();
    await fillCall(user);
    await user.click(screen.getByLabelText(/^Попереджено про відповідальність/));
    await user.click(screen.getByLabelText(/^Повідомлено про обробку/));
    await user.click(screen.getByRole('button', { name: 'Зберегти заявку' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(SAVED));
    const body = JSON.parse(String(posts(calls)[0]!.init.body));
    expect(body).toMatchObject({
      channel: 'phone',
      requester: { kind: 'self' },
      applicant: { fullName: 'Бондар Галина', birthDate: '1938-04-12', phones: ['+380507001123'] },
      place: { kind: 'home', address: { localityId: LOCALITY_ID, street: 'вул. Соборна', building: '12' } },
      services: [{ serviceId: PAID_ID, checklistReadOut: true, paymentMethod: 'fast_pay' }],
      callerIdentification: { method: 'callback' },
      liabilityWarning: true,
      personalDataNotice: true,
      decision: { outcome: 'pending' },
    });
    expect(body.services[0].documentsAtHand).toEqual([PASSPORT_ID, FORM_ID]);
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts a refusal of the server under the field it names', async () => {
    const refusal = json(400, {
      error: {
        code: 'validation.failed',
        message: 'Дані заповнено неправильно.',
        details: [{ path: 'place.address.building', code: 'custom', message: 'Такого будинку немає.' }],
      },
    });
    const { user } = setUp(refusal);
    await fillCall(user);
    await user.click(screen.getByLabelText(/^Попереджено про відповідальність/));
    await user.click(screen.getByLabelText(/^Повідомлено про обробку/));
    fireEvent.submit(screen.getByRole('button', { name: 'Зберегти заявку' }).closest('form')!);
    const building = screen.getByLabelText('Будинок');
    await vi.waitFor(() => expect(building).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getAllByText(/Такого будинку немає/).length).toBeGreaterThan(0);
  });

  it('completes a request from the public form with a PUT of the version read', async () => {
    const web = {
      ...SAVED,
      channel: 'web' as const,
      version: 3,
      place: {
        ...SAVED.place,
        address: {
          localityId: LOCALITY_ID,
          localityName: 'Романкове',
          inCommunity: true,
          street: 'вул. Соборна, 12',
          building: '12',
          apartment: null,
          entrance: null,
          floor: null,
          intercom: null,
          routeNotes: null,
          accessNotes: null,
        },
      },
      onlineAcknowledgedAt: '2026-11-23T09:00:00.000Z',
    };
    const calls = stubFetch({
      [`PUT /api/v1/requests/${SAVED.id}`]: json(200, web),
      'POST /api/v1/requests/risk-preview': json(200, { riskSignals: [] }),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithApp(<IntakeForm lists={LISTS} onSaved={onSaved} request={web} />);
    // Ticks on the public form are not the operator's statements: both start unticked.
    expect(screen.getByLabelText(/^Попереджено про відповідальність/)).not.toBeChecked();
    expect(screen.queryByLabelText(/^Як ідентифіковано особу/)).toBeNull();
    await user.click(screen.getByLabelText(/^Попереджено про відповідальність/));
    await user.click(screen.getByLabelText(/^Повідомлено про обробку/));
    await user.selectOptions(screen.getByLabelText('Послуга'), PAID_ID);
    await user.click(screen.getByRole('button', { name: 'Додати послугу' }));
    await user.click(screen.getByLabelText('Перелік документів зачитано'));
    await user.selectOptions(screen.getByLabelText('Спосіб оплати'), 'prepaid_receipt');
    await user.click(screen.getByRole('button', { name: 'Зберегти' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const put = calls.find((c) => c.init.method === 'PUT')!;
    const body = JSON.parse(String(put.init.body));
    expect(body).toMatchObject({ version: 3, liabilityWarning: true, personalDataNotice: true });
    expect(body.applicant).toMatchObject({ id: SAVED.applicant.id, birthDate: '1938-04-12' });
    expect(body).not.toHaveProperty('channel');
    expect(body).not.toHaveProperty('decision');
  });
});
