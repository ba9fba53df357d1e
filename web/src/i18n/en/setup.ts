import type { Translation } from '../types';
import type { setup as uk } from '../uk/setup';

export const setup = {
  'setup.title': 'First-run setup',
  'setup.lead': 'Create the first region, community, centre and the account of its head. This is done once.',
  'setup.token': 'Setup code',
  'setup.token.hint': 'The code is printed on the server console when it starts.',
  'setup.section.place': 'Region and community',
  'setup.region': 'Region',
  'setup.region.hint': 'For example: Dnipropetrovsk Oblast.',
  'setup.community': 'Territorial community',
  'setup.community.hint': 'For example: Kamianske city territorial community.',
  'setup.katotth': 'KATOTTH code of the community',
  'setup.katotth.hint': 'UA and 17 digits, from the codifier of territories.',
  'setup.section.centre': 'Centre',
  'setup.centreName': 'Name of the centre',
  'setup.centreName.hint': 'As people know it, e.g. ЦНАП м. Кам’янське.',
  'setup.code': 'Centre code',
  'setup.code.hint': '2 to 6 capital letters or digits, e.g. КАМ. It appears in application numbers.',
  'setup.slug': 'Address of the centre’s page',
  'setup.slug.hint': 'Lower-case Latin letters, digits and hyphens, e.g. kamianske.',
  'setup.section.head': 'Head of the centre',
  'setup.headName': 'Full name',
  'setup.submit': 'Create and sign in',
} satisfies Translation<typeof uk>;
