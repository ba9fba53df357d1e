import type { VisitConflictItem } from '@valiza/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { VisitConflictsPage } from './VisitConflictsPage';

const visitId = '0190a3f4-7c1e-7000-8000-0000000000a1';
const conflict: VisitConflictItem = {
  visitId,
  requestId: '0190a3f4-7c1e-7000-8000-0000000000a2',
  requestNumber: 'КАМ-2026-000017',
  applicantName: 'Петренко Ганна Іванівна',
  administratorName: 'Іван Мельник',
  conflict: 'visit_cancelled',
  visitStatus: 'cancelled',
  visitDay: '2026-03-02',
  requestState: 'eligible',
  outcome: 'completed',
  cancelReason: null,
  arrivedAt: '2026-03-02T08:05:00.000Z',
  finishedAt: '2026-03-02T08:40:00.000Z',
  receivedAt: '2026-03-02T12:00:00.000Z',
  applications: [
    { id: '0190a3f4-7c1e-7000-8000-0000000000a3', number: 'КАМ/2026/000051', serviceName: 'Паспорт' },
  ],
  resolvedAt: null,
  resolution: null,
  decision: null,
};

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('the head’s visit conflicts', { timeout: 30_000 }, () => {
  it('shows what the office and the field did, and applies the field outcome with a note', async () => {
    let resolved = false;
    const calls = stubFetch({
      'GET /api/v1/visit-conflicts': () => json(200, { items: resolved ? [] : [conflict] }),
      [`POST /api/v1/visit-conflicts/${visitId}/resolve`]: () => {
        resolved = true;
        return json(200, { ok: true });
      },
    });
    renderWithApp(<VisitConflictsPage />);
    const card = await screen.findByRole('region', { name: 'Заявка КАМ-2026-000017' });
    expect(within(card).getByText(/Виїзд на 02\.03\.2026 скасовано/)).toBeInTheDocument();
    expect(within(card).getByText(/Стан заявки зараз: Обґрунтована/)).toBeInTheDocument();
    expect(within(card).getByText(/Усі послуги надано/)).toBeInTheDocument();
    expect(within(card).getByText('КАМ/2026/000051 — Паспорт')).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('radio', { name: /Застосувати результат виїзду/ }));
    await userEvent.type(within(card).getByRole('textbox', { name: /Примітка/ }), 'Виїзд відбувся');
    await userEvent.click(within(card).getByRole('button', { name: 'Вирішити' }));

    await screen.findByText('Розбіжність щодо заявки КАМ-2026-000017 вирішено.');
    expect(await screen.findByText('Нерозглянутих розбіжностей немає.')).toBeInTheDocument();
    const post = calls.find((c) => c.init.method === 'POST')!;
    expect(JSON.parse(String(post.init.body))).toEqual({ decision: 'field_outcome', note: 'Виїзд відбувся' });
  });

  it('keeps the case on the page and says why when the server refuses', async () => {
    stubFetch({
      'GET /api/v1/visit-conflicts': json(200, { items: [{ ...conflict, outcome: null }] }),
      [`POST /api/v1/visit-conflicts/${visitId}/resolve`]: json(409, {
        error: {
          code: 'visits.conflict_no_outcome',
          message: 'Польовий пристрій ще не надіслав результат цього виїзду, тож застосувати його неможливо.',
        },
      }),
    });
    renderWithApp(<VisitConflictsPage />);
    const card = await screen.findByRole('region', { name: 'Заявка КАМ-2026-000017' });
    expect(within(card).getByText(/результат виїзду ще не надійшов/)).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('radio', { name: /Застосувати результат виїзду/ }));
    await userEvent.type(within(card).getByRole('textbox', { name: /Примітка/ }), 'Спроба');
    await userEvent.click(within(card).getByRole('button', { name: 'Вирішити' }));
    expect(await screen.findAllByText(/ще не надіслав результат/)).not.toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Заявка КАМ-2026-000017' })).toBeInTheDocument();
  });
});
