import type { Role } from '@valiza/domain';
import type { MessageKey } from '../i18n/messages';
import { CENTRE_STAFF, canAccess } from './access';

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
  { to: '/centre', label: 'nav.centre', description: 'nav.centre.description', roles: CENTRE_STAFF },
  { to: '/staff', label: 'nav.staff', description: 'nav.staff.description', roles: ['head'] },
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
  { to: '/admin', label: 'nav.admin', description: 'nav.admin.description', roles: ['platform_admin'] },
  { to: '/password', label: 'nav.password' },
];

/** The menu items a person with these roles sees, in menu order. */
export function navigationFor(roles: readonly Role[]): NavItem[] {
  return NAVIGATION.filter((item) => canAccess(roles, item.roles));
}
