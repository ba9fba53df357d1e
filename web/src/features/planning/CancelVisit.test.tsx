import type { Visit } from '@valiza/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { CancelVisit } from './CancelVisit';

const visit: Visit = {
  id: '0190a3f4-7c1e-7000-8000-000000000020',
  requestId: '0190a3f4-7c1e-7000-8000-000000000021',
  requestNumber: 'КАМ-2026-000124',
  kind: 'home',
  status: 'planned',
  day: '2026-12-09',
  startTime: '10:00',
  endTime: '10:30',
  startsAt: '2026-12-09T08:00:00.000Z',
  endsAt: '2026-12-09T08:30:00.000Z',
  staffIds: ['0190a3f4-7c1e-7000-8000-000000000022'],
  kitId: '0190a3f4-7c1e-7000-8000-000000000023',
  outreachSessionId: null,
  companions: [],
  needs: [],
  serviceMinutes: 30,
  sequence: null,
  location: {
    address: 'вул. Садова, 7',
    localityId: null,
    localityName: null,
    lat: null,
    lon: null,
    approximate: true,
  },
  overrideReason: null,
  cancelReason: null,
  version: 3,
};

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('cancelling a visit on the board', () => {
  it('asks to confirm, requires a reason, and sends it with the version it showed', async () => {
    const user = userEvent.setup();
    const cancelled = { ...visit, status: 'cancelled', cancelReason: 'Заявниця в лікарні', version: 4 };
    const calls = stubFetch({ [`POST /api/v1/visits/${visit.id}/cancel`]: json(200, cancelled) });
    const onCancelled = vi.fn();
    renderWithApp(<CancelVisit visit={visit} onCancelled={onCancelled} />);

    await user.click(screen.getByRole('button', { name: /^Скасувати виїзд\s*КАМ-2026-000124$/ }));
    const dialog = screen.getByRole('dialog', { name: 'Скасувати виїзд за заявкою КАМ-2026-000124?' });
    expect(dialog).toHaveTextContent('09.12.2026 з 10:00 до 10:30');
    const confirm = screen.getAllByRole('button', { name: 'Скасувати виїзд' }).at(-1)!;
    await user.click(confirm);
    expect(await screen.findByText('Вкажіть причину скасування.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await user.type(screen.getByLabelText(/Причина скасування/), '  Заявниця в лікарні ');
    await user.click(confirm);
    await vi.waitFor(() => expect(onCancelled).toHaveBeenCalledWith(cancelled));
    expect(calls).toHaveLength(1);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ version: 3, reason: 'Заявниця в лікарні' });
  });

  it('shows the server refusal inside the dialog and keeps it open', async () => {
    const user = userEvent.setup();
    stubFetch({
      [`POST /api/v1/visits/${visit.id}/cancel`]: json(409, {
        error: { code: 'conflict', message: 'Conflict', details: [] },
      }),
    });
    const onCancelled = vi.fn();
    renderWithApp(<CancelVisit visit={visit} onCancelled={onCancelled} />);
    await user.click(screen.getByRole('button', { name: /^Скасувати виїзд\s*КАМ-2026-000124$/ }));
    await user.type(screen.getByLabelText(/Причина скасування/), 'Попросили перенести');
    await user.click(screen.getAllByRole('button', { name: 'Скасувати виїзд' }).at(-1)!);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Оновіть сторінку/);
    expect(onCancelled).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
