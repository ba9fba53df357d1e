import type { Translation } from '../types';
import type { home as uk } from '../uk/home';

export const home = {
  'home.platformTitle': 'Valiza — the mobile office',
  'home.welcome': 'Welcome, {name}!',
  'home.roles': 'Your roles: {roles}.',
  'home.work': 'Your work here',
  'home.links': 'Main sections',
  'home.intro.operator':
    'You take requests from people who cannot come to the centre and record visit requests.',
  'home.intro.administrator':
    'You go out to people with the mobile kit and accept their documents on the spot.',
  'home.intro.head': 'You are responsible for the mobile office: staff, kits, schedule and settings.',
  'home.intro.technician': 'You make sure the mobile kits work and are ready for visits.',
  'home.intro.quality': 'You ask people how the visit went and help improve the service.',
  'home.intro.comms': 'You tell the community about the mobile office.',
  'home.intro.regional_observer': 'You see how the mobile offices of your region work.',
  'home.intro.platform_admin': 'You open centres on the platform and add their first heads.',
} satisfies Translation<typeof uk>;
