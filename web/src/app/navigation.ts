import type { Role } from '@valiza/domain';
import type { MessageKey } from '../i18n/messages';
import { CENTRE_STAFF, canAccess } from './access';
import { LOGBOOK_READERS } from '../features/logbook/logbook-api';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** One sentence for the home page tile. Items without it are not shown as tiles. */
  description?: MessageKey;
  /** Who sees the item: anyone signed in when absent, else holders of at least one of these roles. */
  roles?: readonly Role[];
}

/**
 * The main menu, in one place, by role. A feature adds its entry here (and its page in routes.tsx);
 * the top-level navigation and the home page tiles both come from this list.
 */
export const NAVIGATION: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  {
    to: '/requests',
    label: 'nav.requests',
    description: 'nav.requests.description',
    roles: ['operator', 'head'],
  },
  {
    to: '/requests/new',
    label: 'nav.intake',
    description: 'nav.intake.description',
    roles: ['operator', 'head'],
  },
  { to: '/services', label: 'nav.services', description: 'nav.services.description', roles: CENTRE_STAFF },
  { to: '/centre', label: 'nav.centre', description: 'nav.centre.description', roles: CENTRE_STAFF },
  { to: '/staff', label: 'nav.staff', description: 'nav.staff.description', roles: ['head'] },
  {
    to: '/planning',
    label: 'nav.planning',
    description: 'nav.planning.description',
    roles: ['head', 'operator'],
  },
  {
    to: '/planning/approval',
    label: 'nav.approval',
    description: 'nav.approval.description',
    roles: ['head'],
  },
  {
    to: '/planning/kit-checks',
    label: 'nav.kitChecks',
    description: 'nav.kitChecks.description',
    roles: ['head', 'technician', 'administrator'],
  },
  {
    to: '/planning/calls',
    label: 'nav.calls',
    description: 'nav.calls.description',
    roles: ['head', 'operator'],
  },
  { to: '/calendar', label: 'nav.calendar', description: 'nav.calendar.description', roles: CENTRE_STAFF },
  {
    to: '/calendar/staff',
    label: 'nav.staffTime',
    description: 'nav.staffTime.description',
    roles: ['head', 'operator', 'technician'],
  },
  {
    to: '/calendar/outreach',
    label: 'nav.outreachPlan',
    description: 'nav.outreachPlan.description',
    roles: CENTRE_STAFF,
  },
  { to: '/kits', label: 'nav.kits', description: 'nav.kits.description', roles: CENTRE_STAFF },
  {
    to: '/outreach-points',
    label: 'nav.outreach',
    description: 'nav.outreach.description',
    roles: CENTRE_STAFF,
  },
  {
    to: '/localities',
    label: 'nav.localities',
    description: 'nav.localities.description',
    roles: CENTRE_STAFF,
  },
  {
    to: '/applications',
    label: 'nav.applications',
    description: 'nav.applications.description',
    roles: ['head', 'administrator', 'operator'],
  },
  {
    to: '/visit-conflicts',
    label: 'conflicts.menu',
    description: 'conflicts.menuDescription',
    roles: ['head'],
  },
  {
    to: '/sync/import',
    label: 'field.import.menu',
    description: 'field.import.menuDescription',
    roles: ['head', 'administrator'],
  },
  {
    to: '/logbook/today',
    label: 'nav.logbook',
    description: 'nav.logbook.description',
    roles: LOGBOOK_READERS,
  },
  {
    to: '/quality/surveys',
    label: 'feedback.nav.surveys',
    description: 'feedback.nav.surveys.description',
    roles: ['quality', 'head'],
  },
  {
    to: '/quality/feedback',
    label: 'feedback.nav.register',
    description: 'feedback.nav.register.description',
    roles: ['quality', 'head', 'comms'],
  },
  {
    to: '/quality',
    label: 'feedback.nav.quality',
    description: 'feedback.nav.quality.description',
    roles: ['head', 'quality', 'regional_observer'],
  },
  {
    to: '/reports',
    label: 'nav.reports',
    description: 'nav.reports.description',
    roles: ['head', 'quality'],
  },
  {
    to: '/reports/region',
    label: 'nav.regionReports',
    description: 'nav.regionReports.description',
    roles: ['regional_observer'],
  },
  { to: '/admin', label: 'nav.admin', description: 'nav.admin.description', roles: ['platform_admin'] },
  { to: '/password', label: 'nav.password' },
];

/** The menu items a person with these roles sees, in menu order. */
export function navigationFor(roles: readonly Role[]): NavItem[] {
  return NAVIGATION.filter((item) => canAccess(roles, item.roles));
}
