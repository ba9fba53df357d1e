import type { EligibilityCategory, Me } from '@valiza/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderSignedIn } from '../../test/render-signed-in';
import { CategoriesPage } from './CategoriesPage';

const items: EligibilityCategory[] = [
  {
    code: 'disability_group_1',
    mandatory: true,
    enabled: true,
    name: 'Особа з інвалідністю I групи',
    nameEn: 'Disability group I',
    evidence: 'Посвідчення',
    evidenceEn: null,
  },
  {
    code: 'everybody',
    mandatory: false,
    enabled: false,
    name: 'Усі охочі',
    nameEn: 'Everybody',
    evidence: 'Не потрібно',
    evidenceEn: null,
  },
];

const renderAs = (roles: Me['roles']) => renderSignedIn(<CategoriesPage />, roles);

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

describe('eligibility categories', { timeout: 30_000 }, () => {
  it('shows the mandatory category locked on and sends it enabled with the head’s choices', async () => {
    const calls = stubFetch({
      'GET /api/v1/eligibility-categories': json(200, { items }),
      'PUT /api/v1/eligibility-categories': json(200, { items }),
    });
    renderAs(['head']);
    const mandatory = await screen.findByRole('group', { name: 'Особа з інвалідністю I групи' });
    expect(within(mandatory).queryByRole('checkbox')).toBeNull();
    expect(within(mandatory).getByText('Обов’язкова')).toBeInTheDocument();
    const optional = screen.getByRole('group', { name: 'Усі охочі' });
    await userEvent.click(within(optional).getByRole('checkbox', { name: 'Обслуговуємо цю категорію' }));
    await userEvent.click(screen.getByRole('button', { name: 'Зберегти' }));
    await screen.findByText('Зміни збережено.');
    const body = JSON.parse(String(calls.find((c) => c.init.method === 'PUT')!.init.body));
    expect(body.categories).toEqual([
      { code: 'disability_group_1', enabled: true, evidence: 'Посвідчення', evidenceEn: null },
      { code: 'everybody', enabled: true, evidence: 'Не потрібно', evidenceEn: null },
    ]);
  });

  it('lets other staff read the categories without changing them', async () => {
    stubFetch({ 'GET /api/v1/eligibility-categories': json(200, { items }) });
    renderAs(['operator']);
    await screen.findByRole('group', { name: 'Усі охочі' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Зберегти' })).toBeNull();
  });
});
