import type { Translation } from '../types';
import type { roles as uk } from '../uk/roles';

export const roles = {
  'role.operator': 'Operator',
  'role.operator.description': 'Takes requests by phone and at the centre, records visit requests.',
  'role.administrator': 'Administrator',
  'role.administrator.description':
    'Goes out to people with the mobile kit, accepts and registers documents.',
  'role.head': 'Head',
  'role.head.description': 'Approves the visit schedule, manages staff, kits and the centre’s settings.',
  'role.technician': 'Technician',
  'role.technician.description': 'Keeps the kits ready: charge, connection, cartridges, updates.',
  'role.quality': 'Quality',
  'role.quality.description': 'Calls people after a visit, collects feedback and suggestions.',
  'role.comms': 'Communications',
  'role.comms.description': 'Tells the community about the service: news, announcements, stories.',
  'role.regional_observer': 'Regional observer',
  'role.regional_observer.description': 'Sees the summary figures of the centres of their region.',
  'role.platform_admin': 'Platform administrator',
  'role.platform_admin.description': 'Opens centres and adds their first heads.',
} satisfies Translation<typeof uk>;
