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
      '/requests',
      '/requests/new',
      '/services',
      '/centre',
      '/staff',
      '/planning',
      '/planning/approval',
      '/planning/kit-checks',
      '/planning/calls',
      '/calendar',
      '/calendar/staff',
      '/calendar/outreach',
      '/kits',
      '/outreach-points',
      '/localities',
      '/applications',
      '/visit-conflicts',
      '/sync/import',
      '/logbook/today',
      '/quality/surveys',
      '/quality/feedback',
      '/quality',
      '/reports',
      '/password',
    ]);
  });

  it('shows the applications to heads, administrators and operators only', () => {
    expect(links(['administrator'])).toContain('/applications');
    expect(links(['operator'])).toContain('/applications');
    expect(links(['technician'])).not.toContain('/applications');
  });

  it('hides the staff page from an operator and the administration from everyone but the platform admin', () => {
    expect(links(['operator'])).not.toContain('/staff');
    expect(links(['operator'])).toContain('/kits');
    expect(links(['head', 'quality'])).not.toContain('/admin');
    expect(links(['platform_admin'])).toEqual(['/', '/admin', '/password']);
  });

  it('gives planning to heads and operators, kit checks to technicians and administrators', () => {
    expect(links(['operator'])).toEqual(expect.arrayContaining(['/planning', '/planning/calls']));
    expect(links(['operator'])).not.toContain('/planning/approval');
    expect(links(['technician'])).toContain('/planning/kit-checks');
    expect(links(['administrator'])).toContain('/planning/kit-checks');
    expect(links(['administrator'])).not.toContain('/planning');
  });

  it('gives a regional observer only what needs no centre: the region’s quality figures and reports', () => {
    expect(links(['regional_observer'])).toEqual(['/', '/quality', '/reports/region', '/password']);
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
