import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { PublicFeedbackPage } from './PublicFeedbackPage';

const page = (token: string) =>
  renderWithApp(
    <Routes>
      <Route path="/feedback/:token" element={<PublicFeedbackPage />} />
    </Routes>,
    `/feedback/${token}`,
  );

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('the public feedback page', () => {
  it('checks the form in the browser, then sends it anonymously with the token', async () => {
    const calls = stubFetch({
      'POST /api/v1/public/feedback/check': json(200, { centreName: 'ЦНАП м. Кам’янське' }),
      'POST /api/v1/public/feedback': json(201, { ok: true }),
    });
    page('abc123');
    await screen.findByText(/ЦНАП м. Кам’янське/);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Надіслати відгук' }));
    await screen.findByRole('heading', { name: 'Потрібно виправити' });
    expect(calls.filter((c) => c.url.endsWith('/api/v1/public/feedback'))).toHaveLength(0);

    await user.click(screen.getByLabelText('Подяка'));
    await user.type(screen.getByLabelText('Ваш відгук'), 'Дякую за допомогу мамі!');
    await user.click(screen.getByLabelText('5'));
    await user.click(screen.getByRole('button', { name: 'Надіслати відгук' }));
    await screen.findByRole('heading', { name: 'Дякуємо за відгук!' });
    const sent = calls.find((c) => c.url.endsWith('/api/v1/public/feedback'))!;
    expect(JSON.parse(String(sent.init.body))).toEqual({
      token: 'abc123',
      kind: 'praise',
      text: 'Дякую за допомогу мамі!',
      rating: 5,
      contact: null,
    });
  }, 30_000);

  it('says plainly that a used or unknown link is not valid', async () => {
    stubFetch({
      'POST /api/v1/public/feedback/check': json(410, {
        error: { code: 'feedback.token_invalid', message: 'x', details: [] },
      }),
    });
    page('used-token');
    await screen.findByRole('heading', { name: 'Посилання недійсне' });
    expect(screen.getByText(/недійсне або вже використане/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Надіслати відгук' })).toBeNull();
  });
});
