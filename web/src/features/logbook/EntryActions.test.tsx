import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { logbookEntryFixture as entry } from '../../test/logbook-fixtures';
import { renderWithApp } from '../../test/render';
import { EntryActions } from './EntryActions';

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('the next step of an application', () => {
  it(
    'records forwarding at the Kyiv date and time typed, by the method chosen',
    { timeout: 30_000 },
    async () => {
      const forwarded = { ...entry, status: 'forwarded', forwardedAt: '2026-11-23T07:30:00.000Z' };
      const calls = stubFetch({ [`POST /api/v1/logbook/${entry.id}/forward`]: json(200, forwarded) });
      const onChange = vi.fn();
      renderWithApp(<EntryActions entry={entry} onChange={onChange} />);
      const date = screen.getByLabelText(/^Дата/);
      await userEvent.clear(date);
      await userEvent.type(date, '23.11.2026');
      const time = screen.getByLabelText(/^Час/);
      await userEvent.clear(time);
      await userEvent.type(time, '09:30');
      await userEvent.selectOptions(screen.getByLabelText(/^Спосіб/), 'courier');
      await userEvent.click(screen.getByRole('button', { name: 'Записати передачу' }));
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(forwarded));
      const body = JSON.parse(String(calls[0]!.init.body));
      expect(body).toEqual({ occurredAt: '2026-11-23T07:30:00.000Z', method: 'courier', reference: null });
    },
  );

  it(
    'shows an unreadable date under the date field without asking the server',
    { timeout: 30_000 },
    async () => {
      const calls = stubFetch({});
      renderWithApp(<EntryActions entry={entry} onChange={vi.fn()} />);
      const date = screen.getByLabelText(/^Дата/);
      await userEvent.clear(date);
      await userEvent.type(date, '31.02.2026');
      await userEvent.click(screen.getByRole('button', { name: 'Записати передачу' }));
      expect((await screen.findAllByText('Введіть дату як дд.мм.рррр.')).length).toBeGreaterThan(0);
      expect(calls).toHaveLength(0);
    },
  );
});
