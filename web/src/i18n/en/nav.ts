import type { Translation } from '../types';
import type { nav as uk } from '../uk/nav';

export const nav = {
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.centre': 'Centre',
  'nav.centre.description': 'Name, address, contacts, working hours, martial law.',
  'nav.staff': 'Staff',
  'nav.staff.description': 'Who works at the centre, their roles and access.',
  'nav.kits': 'Mobile kits',
  'nav.kits.description': 'The equipment sets for visits and their condition.',
  'nav.outreach': 'Outreach points',
  'nav.outreach.description': 'Places where the mobile office receives people on a schedule.',
  'nav.localities': 'Localities',
  'nav.localities.description': 'Villages and towns of the community, remote localities.',
  'nav.admin': 'Administration',
  'nav.admin.description': 'Regions, communities, centres and their heads.',
  'nav.password': 'Change password',
} satisfies Translation<typeof uk>;
