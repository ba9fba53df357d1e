import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { logbookEntryFixture } from '../../test/logbook-fixtures';
import { renderWithApp } from '../../test/render';
import { EntryCorrection } from './EntryCorrection';

const entry = {
  ...logbookEntryFixture,
  documents: [
    { name: 'Паспорт', pages: 2, original: false, certified: true },
    { name: 'Заява', pages: 1, original: true, certified: false },
  ],
  payment: { method: 'prepaid_receipt', amountKop: 5600, receiptNumber: '17' },
};
const correction = {
  ...entry,
  id: '0190a3f4-7c1e-7000-8000-000000000011',
  number: 'КАМ/2026/000043',
  correctsId: entry.id,
};

/** The entry page's place in the router: the form on the corrected entry, a marker on any other. */
function EntryPageStandIn() {
  const { id } = useParams();
  return id === entry.id ? <EntryCorrection entry={entry} /> : <p>{`entry ${id ?? ''}`}</p>;
}

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('correcting a registered entry', () => {
  it('sends only what changed with the reason, and moves to the new entry', { timeout: 30_000 }, async () => {
    const calls = stubFetch({ [`POST /api/v1/logbook/${entry.id}/correction`]: json(200, correction) });
    renderWithApp(
      <Routes>
        <Route path="/logbook/:id" element={<EntryPageStandIn />} />
      </Routes>,
      `/logbook/${entry.id}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Виправити запис…' }));
    await userEvent.type(screen.getByLabelText(/^Що було не так/), 'Паспорт має 4 сторінки');
    const pages = screen.getAllByLabelText(/^Сторінок/)[0]!;
    await userEvent.clear(pages);
    await userEvent.type(pages, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Внести виправлення' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      reason: 'Паспорт має 4 сторінки',
      documents: [
        { name: 'Паспорт', pages: 4, original: false, certified: true },
        { name: 'Заява', pages: 1, original: true, certified: false },
      ],
    });
    await screen.findByText(`entry ${correction.id}`);
  });

  it('corrects the receipt number of a paid service', { timeout: 30_000 }, async () => {
    const calls = stubFetch({ [`POST /api/v1/logbook/${entry.id}/correction`]: json(200, correction) });
    renderWithApp(<EntryCorrection entry={entry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Виправити запис…' }));
    await userEvent.type(screen.getByLabelText(/^Що було не так/), 'Номер квитанції');
    const receipt = screen.getByLabelText(/^Номер квитанції/);
    await userEvent.clear(receipt);
    await userEvent.type(receipt, 'КВ-42');
    await userEvent.click(screen.getByRole('button', { name: 'Внести виправлення' }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      reason: 'Номер квитанції',
      payment: { method: 'prepaid_receipt', amountKop: 5600, receiptNumber: 'КВ-42' },
    });
  });
});
