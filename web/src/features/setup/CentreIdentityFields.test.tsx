import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CentreCreatePage } from '../admin/CentreCreatePage';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderSignedIn } from '../../test/render-signed-in';

const communityId = '0190a3f4-7c1e-7000-8000-000000000040';

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe("a centre's name, code and page address", { timeout: 30_000 }, () => {
  it('are sent at the top level when a centre is opened, and a taken code lands under its field', async () => {
    const user = userEvent.setup();
    const calls = stubFetch({
      'GET /api/v1/communities': json(200, {
        items: [{ id: communityId, regionId: communityId, name: 'Кам’янська громада', katotth: null }],
      }),
      'POST /api/v1/centres': json(409, {
        error: {
          code: 'org.code_taken',
          message: 'Такий код уже має інший ЦНАП.',
          details: [],
        },
      }),
    });
    renderSignedIn(<CentreCreatePage />, ['platform_admin']);
    await user.selectOptions(await screen.findByLabelText('Громада'), communityId);
    await user.type(screen.getByLabelText('Назва ЦНАП', { exact: false }), 'ЦНАП смт Романків');
    await user.type(screen.getByLabelText('Код ЦНАП', { exact: false }), 'rom');
    await user.type(screen.getByLabelText('Адреса сторінки ЦНАП', { exact: false }), 'Romankiv');
    await user.click(screen.getByRole('button', { name: 'Відкрити ЦНАП' }));
    const code = screen.getByLabelText('Код ЦНАП', { exact: false });
    await vi.waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    const post = calls.find((c) => c.init.method === 'POST')!;
    expect(JSON.parse(String(post.init.body))).toMatchObject({
      communityId,
      name: 'ЦНАП смт Романків',
      code: 'ROM',
      slug: 'romankiv',
    });
  });
});
