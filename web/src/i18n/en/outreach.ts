import type { Translation } from '../types';
import type { outreach as uk } from '../uk/outreach';

export const outreach = {
  'outreach.title': 'Outreach points',
  'outreach.lead':
    'Fixed places the mobile office visits on a schedule: a culture house, a starosta’s office.',
  'outreach.caption': 'Outreach points of the centre',
  'outreach.empty': 'There are no outreach points yet.',
  'outreach.add': 'Add a point',
  'outreach.created': '“{name}” has been added.',
  'outreach.saved': 'Changes to “{name}” have been saved.',
  'outreach.edit.title': 'Edit outreach point',
  'outreach.name': 'Name',
  'outreach.name.hint': 'As people know it, e.g. Culture house, Karnaukhivka.',
  'outreach.address': 'Address',
  'outreach.locality': 'Locality',
  'outreach.usualHours': 'Usual hours',
  'outreach.usualHours.hint': 'For example: Tuesday 10:00–13:00.',
  'outreach.active': 'Point in use',
  'outreach.active.hint': 'Clear this box if people are no longer received here.',
} satisfies Translation<typeof uk>;
