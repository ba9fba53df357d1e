import type { OutreachSchedule } from '@valiza/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderSignedIn } from '../../test/render-signed-in';
import { OutreachSchedulesPage } from './OutreachSchedulesPage';

const id = (n: number) => `0190a3f4-7c1e-7000-8000-0000000000${String(n).padStart(2, '0')}`;
const point = {
  id: id(30),
  name: 'Будинок культури с. Романкове',
  address: 'вул. Центральна, 1',
  localityId: null,
  usualHours: null,
  lat: null,
  lon: null,
  active: true,
};
const schedule: OutreachSchedule = {
  id: id(31),
  outreachPointId: point.id,
  rule: { frequency: 'weekly', weekday: 2 },
  startTime: '10:00',
  endTime: '13:00',
  validFrom: '2026-11-01',
  validUntil: null,
  exceptions: ['2026-12-08'],
  staffIds: [id(32)],
  kitId: id(33),
  active: true,
  version: 4,
};

const renderAsHead = () => renderSignedIn(<OutreachSchedulesPage />, ['head']);

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('outreach schedules', () => {
  it('lets the head change a schedule, filled in as it is, sent with the version it showed', async () => {
    const user = userEvent.setup();
    let current = schedule;
    const calls = stubFetch({
      'GET /api/v1/outreach-schedules': () => json(200, { items: [current] }),
      'GET /api/v1/outreach-sessions': json(200, { items: [] }),
      'GET /api/v1/outreach-points': json(200, { items: [point] }),
      'GET /api/v1/planning/crew': json(200, {
        items: [
          { id: id(32), name: 'Олег Мельник', roles: ['administrator'] },
          { id: id(36), name: 'Ірина Бондар', roles: ['administrator'] },
        ],
      }),
      'GET /api/v1/kits': json(200, {
        items: [
          { id: id(33), code: 'В-01', inventoryNumber: null, components: [], notes: null, active: true },
        ],
      }),
      [`PUT /api/v1/outreach-schedules/${schedule.id}`]: (call) => {
        current = { ...current, ...JSON.parse(String(call.init.body)), version: 5 };
        return json(200, current);
      },
    });
    renderAsHead();
    const row = (await screen.findByRole('table', { name: 'Розклади виїзних прийомів' })).querySelector(
      'tbody tr',
    ) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /^Змінити/ }));

    const form = screen.getByRole('form', { name: 'Зміна розкладу' });
    expect(within(form).getByLabelText('Пункт')).toHaveValue(point.id);
    expect(within(form).getByLabelText('Кінець')).toHaveValue('13:00');
    expect(within(form).getByLabelText(/Діє з/)).toHaveValue('01.11.2026');
    expect(within(form).getByLabelText(/Винятки/)).toHaveValue('08.12.2026');
    expect(within(form).getByLabelText('Олег Мельник')).toBeChecked();

    await user.clear(within(form).getByLabelText('Кінець'));
    await user.type(within(form).getByLabelText('Кінець'), '14:00');
    await user.click(within(form).getByLabelText('Ірина Бондар'));
    await user.click(within(form).getByRole('button', { name: 'Зберегти розклад' }));

    await screen.findByText(/Розклад для пункту «Будинок культури с. Романкове» змінено/);
    const put = calls.find((c) => c.init.method === 'PUT')!;
    expect(JSON.parse(String(put.init.body))).toEqual({
      outreachPointId: point.id,
      rule: { frequency: 'weekly', weekday: 2 },
      startTime: '10:00',
      endTime: '14:00',
      validFrom: '2026-11-01',
      validUntil: null,
      exceptions: ['2026-12-08'],
      staffIds: [id(32), id(36)],
      kitId: id(33),
      active: true,
      version: 4,
    });
    expect(screen.queryByRole('form', { name: 'Зміна розкладу' })).not.toBeInTheDocument();
    expect(await screen.findByText(/10:00–14:00/)).toBeInTheDocument();
  });
});
