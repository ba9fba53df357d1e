import type { Translation } from '../types';
import type { nav as uk } from '../uk/nav';

export const nav = {
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.requests': 'Requests',
  'nav.requests.description': 'New visit requests, search, decisions, duplicate applicants.',
  'nav.intake': 'Take a request',
  'nav.intake.description': 'Record a request from a phone call or a visit to the centre.',
  'nav.services': 'Services',
  'nav.services.description': 'The service catalogue, documents, fees, applicant categories.',
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
  'nav.applications': 'Applications',
  'nav.applications.description': 'Applications registered on visits, and whether all their files arrived.',
  'nav.admin': 'Administration',
  'nav.admin.description': 'Regions, communities, centres and their heads.',
  'nav.password': 'Change password',
} satisfies Translation<typeof uk>;
