import type { Me } from '@valiza/domain';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { AuthContext, type AuthValue } from '../app/auth-context';
import { renderWithApp } from './render';

/** The head of the Kamianske demo centre, signed in, in Ukrainian. */
export function kamianskeMe(roles: Me['roles']): Me {
  return {
    person: { id: '0190a3f4-7c1e-7000-8000-000000000001', name: 'Олена Коваленко', login: 'kam.head' },
    roles,
    centre: { id: '0190a3f4-7c1e-7000-8000-000000000002', code: 'КАМ', slug: 'kamianske', name: 'ЦНАП' },
    region: null,
    locale: 'uk',
  };
}

/** Renders a page as a signed-in person with the given roles (a centre's staff member by default). */
export function renderSignedIn(
  ui: ReactElement,
  roles: Me['roles'],
  me: Me = kamianskeMe(roles),
): RenderResult {
  const auth: AuthValue = {
    state: { status: 'signed-in', me },
    signIn: vi.fn(),
    signOut: vi.fn(),
    completeSetup: vi.fn(),
    retry: vi.fn(),
  };
  return renderWithApp(<AuthContext value={auth}>{ui}</AuthContext>);
}
