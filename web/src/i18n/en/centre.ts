import type { Translation } from '../types';
import type { centre as uk } from '../uk/centre';

export const centre = {
  'centre.title': 'Centre settings',
  'centre.lead.head': 'Staff and the people who contact the centre see these details.',
  'centre.lead.staff': 'The head of the centre can change these details.',
  'centre.name': 'Name',
  'centre.code': 'Code',
  'centre.address': 'Address',
  'centre.phone': 'Phone',
  'centre.email': 'E-mail',
  'centre.hours': 'Working hours',
  'centre.hours.hint':
    'Mark the days off; for working days give the opening and closing time, e.g. 08:00 and 17:00.',
  'centre.hours.closed': 'Closed',
  'centre.hours.from': 'Opens',
  'centre.hours.to': 'Closes',
  'centre.hours.range': '{from}–{to}',
  'centre.hours.endBeforeStart': 'The closing time must be later than the opening time.',
  'centre.martialLaw': 'Martial law is in force',
  'centre.martialLaw.on':
    'While martial law is in force, public holidays are working days: deadlines are counted as if there were no holidays.',
  'centre.martialLaw.off':
    'When martial law ends, clear this box: public holidays become days off again and extend deadlines.',
  'centre.conflict.title': 'The data has changed',
  'centre.conflict.text':
    'While you were editing, somebody else saved these settings. The page now shows the fresh data; please make your changes again.',
} satisfies Translation<typeof uk>;
