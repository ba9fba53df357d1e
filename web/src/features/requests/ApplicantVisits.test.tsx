import type { ApplicantCard } from '@valiza/domain';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { ApplicantCardPage } from './ApplicantCardPage';

const applicantId = '0190a3f4-7c1e-7000-8000-000000000010';
const requestId = '0190a3f4-7c1e-7000-8000-000000000011';
const admin = { id: '0190a3f4-7c1e-7000-8000-000000000012', name: 'Олег Мельник' };

const card: ApplicantCard = {
  applicant: {
    id: applicantId,
    fullName: 'Петренко Ганна Іванівна',
    birthDate: '1938-04-12',
    phones: ['+380671234567'],
    registeredInCommunity: true,
    mergedInto: null,
    version: 1,
    createdAt: '2026-11-02T08:00:00.000Z',
  },
  requests: [],
  visits: [
    {
      id: '0190a3f4-7c1e-7000-8000-000000000013',
      requestId,
      requestNumber: 'КАМ-2026-000123',
      kind: 'home',
      status: 'cancelled',
      day: '2026-12-09',
      startTime: '10:00',
      endTime: '11:00',
      administrators: [admin],
      cancelReason: 'Заявниця в лікарні',
      outcome: null,
      outcomeReason: null,
    },
    {
      id: '0190a3f4-7c1e-7000-8000-000000000014',
      requestId,
      requestNumber: 'КАМ-2026-000123',
      kind: 'outreach',
      status: 'planned',
      day: '2026-12-02',
      startTime: '12:00',
      endTime: '14:00',
      administrators: [admin],
      cancelReason: null,
      outcome: 'cancelled',
      outcomeReason: 'absent',
    },
  ],
  incidents: [],
  mergedFrom: [],
};

function renderCard() {
  return renderWithApp(
    <Routes>
      <Route path="/applicants/:id" element={<ApplicantCardPage />} />
    </Routes>,
    `/applicants/${applicantId}`,
  );
}

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe("the applicant's card", () => {
  it('shows every visit: window, place, state, administrators, outcome and its request', async () => {
    stubFetch({ [`GET /api/v1/applicants/${applicantId}`]: json(200, card) });
    renderCard();
    const table = await screen.findByRole('table', { name: 'Виїзди' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('09.12.2026, 10:00–11:00'),
      expect.stringContaining('02.12.2026, 12:00–14:00'),
    ]);
    expect(rows[0]).toHaveTextContent('Скасовано ЦНАП: Заявниця в лікарні');
    expect(rows[0]).toHaveTextContent('Олег Мельник');
    expect(rows[1]).toHaveTextContent('Виїзний прийом');
    expect(rows[1]).toHaveTextContent('Не відбувся: Заявника немає на місці');
    expect(within(rows[1]!).getByRole('link', { name: 'КАМ-2026-000123' })).toHaveAttribute(
      'href',
      `/requests/${requestId}`,
    );
  });

  it('says so when no visit was ever placed', async () => {
    stubFetch({ [`GET /api/v1/applicants/${applicantId}`]: json(200, { ...card, visits: [] }) });
    renderCard();
    await screen.findByText('Виїздів ще не призначали.');
  });
});
