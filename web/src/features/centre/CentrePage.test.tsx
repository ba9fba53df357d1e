import { DEFAULT_WORKING_HOURS, type Centre, type Me } from '@valiza/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { kamianskeMe, renderSignedIn } from '../../test/render-signed-in';
import { CentrePage } from './CentrePage';

const centre: Centre = {
  id: '0190a3f4-7c1e-7000-8000-000000000002',
  communityId: '0190a3f4-7c1e-7000-8000-000000000003',
  regionId: '0190a3f4-7c1e-7000-8000-000000000004',
  code: 'КАМ',
  slug: 'kamianske',
  name: 'ЦНАП м. Кам’янське',
  address: 'пр. Свободи, 49',
  phone: '+380569000001',
  email: null,
  timezone: 'Europe/Kyiv',
  workingHours: DEFAULT_WORKING_HOURS,
  martialLaw: true,
  version: 3,
};

function renderAs(roles: Me['roles']) {
  const me: Me = {
    ...kamianskeMe(roles),
    centre: { id: centre.id, code: centre.code, slug: centre.slug, name: centre.name },
  };
  return renderSignedIn(<CentrePage />, roles, me);
}

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('centre settings', () => {
  it('sends the version it read, with the phone stored as +380…', async () => {
    const calls = stubFetch({
      'GET /api/v1/centre': json(200, centre),
      [`PATCH /api/v1/centres/${centre.id}`]: json(200, { ...centre, phone: '+380671234567', version: 4 }),
    });
    renderAs(['head']);
    const phone = await screen.findByLabelText(/Телефон/);
    expect(phone).toHaveValue('+380 56 900 00 01');
    await userEvent.clear(phone);
    await userEvent.type(phone, '067 123 45 67');
    await userEvent.click(screen.getByRole('button', { name: 'Зберегти' }));

    expect(await screen.findByText('Зміни збережено.')).toBeInTheDocument();
    const body = JSON.parse(String(calls.find((c) => c.init.method === 'PATCH')?.init.body));
    expect(body).toMatchObject({ version: 3, phone: '+380671234567', martialLaw: true });
    expect(body.workingHours).toEqual(DEFAULT_WORKING_HOURS);
  });

  it('on a conflict says the data changed and shows the fresh data', async () => {
    let reads = 0;
    stubFetch({
      'GET /api/v1/centre': () =>
        json(200, reads++ === 0 ? centre : { ...centre, address: 'пр. Свободи, 50', version: 4 }),
      [`PATCH /api/v1/centres/${centre.id}`]: json(409, {
        error: { code: 'conflict', message: 'Дані змінилися.', details: [] },
      }),
    });
    renderAs(['head']);
    const address = await screen.findByLabelText(/Адреса/);
    await userEvent.type(address, ' (корпус 2)');
    await userEvent.click(screen.getByRole('button', { name: 'Зберегти' }));

    expect(await screen.findByText('Дані змінилися')).toBeInTheDocument();
    expect(screen.getByLabelText(/Адреса/)).toHaveValue('пр. Свободи, 50');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses closing hours before opening hours without asking the server', async () => {
    const calls = stubFetch({ 'GET /api/v1/centre': json(200, centre) });
    renderAs(['head']);
    const tuesday = await screen.findByRole('group', { name: 'Вівторок' });
    const closes = tuesday.querySelector<HTMLInputElement>('input[name="workingHours.tue.to"]');
    if (!closes) throw new Error('no closing time field');
    await userEvent.clear(closes);
    await userEvent.type(closes, '7:00');
    await userEvent.click(screen.getByRole('button', { name: 'Зберегти' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Кінець роботи має бути пізніше за початок.');
    expect(closes).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.init.method === 'PATCH')).toHaveLength(0);
  });

  it('shows other staff the settings without a form', async () => {
    stubFetch({ 'GET /api/v1/centre': json(200, centre) });
    renderAs(['operator']);
    expect(await screen.findByText('+380 56 900 00 01')).toBeInTheDocument();
    expect(screen.getByText('08:00–16:00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Зберегти' })).toBeNull();
  });
});
