import { ROLES, type Role } from '@valiza/domain';
import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { canAccess } from './access';
import { NAVIGATION, navigationFor } from './navigation';
import { APP_ROUTES } from './routes';

const links = (roles: Role[]) => navigationFor(roles).map((item) => item.to);

describe('navigation by role', () => {
  it('shows the head the centre’s management pages', () => {
    expect(links(['head'])).toEqual([
      '/',
      '/centre',
      '/staff',
      '/kits',
      '/outreach-points',
      '/localities',
      '/password',
    ]);
  });

  it('hides the staff page from an operator and the administration from everyone but the platform admin', () => {
    expect(links(['operator'])).not.toContain('/staff');
    expect(links(['operator'])).toContain('/kits');
    expect(links(['head', 'quality'])).not.toContain('/admin');
    expect(links(['platform_admin'])).toEqual(['/', '/admin', '/password']);
  });

  it('gives a regional observer only what needs no centre', () => {
    expect(links(['regional_observer'])).toEqual(['/', '/password']);
  });

  it('combines the links of several roles without repeating any', () => {
    const combined = links(['operator', 'head']);
    expect(new Set(combined).size).toBe(combined.length);
    expect(combined).toContain('/staff');
  });

  it('leads every link to a page that everyone who sees the link may open', () => {
    for (const item of NAVIGATION) {
      const route = APP_ROUTES.find((r) => matchPath({ path: r.path, end: true }, item.to));
      expect(route, item.to).toBeDefined();
      for (const role of ROLES) {
        if (canAccess([role], item.roles))
          expect(canAccess([role], route?.roles), `${item.to} for ${role}`).toBe(true);
      }
    }
  });
});
