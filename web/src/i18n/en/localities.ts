import type { Translation } from '../types';
import type { localities as uk } from '../uk/localities';

export const localities = {
  'localities.title': 'Localities',
  'localities.lead': 'Villages and towns of the community. Remote localities are marked.',
  'localities.caption': 'Localities of the community',
  'localities.empty': 'No localities have been added yet.',
  'localities.add': 'Add a locality',
  'localities.created': '“{name}” has been added.',
  'localities.saved': 'Changes to “{name}” have been saved.',
  'localities.edit.title': 'Edit locality',
  'localities.missing': 'There is no such locality in the community.',
  'localities.name': 'Name',
  'localities.katotth': 'KATOTTH code',
  'localities.katotth.hint': 'UA and 17 digits, from the codifier of territories.',
  'localities.remote': 'Remote',
  'localities.remote.yes': 'Remote',
  'localities.remote.hint':
    'Far from the centre or without regular transport: its residents may ask for a visit.',
} satisfies Translation<typeof uk>;
