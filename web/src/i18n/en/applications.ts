import type { Translation } from '../types';
import type { applications as uk } from '../uk/applications';

export const applications = {
  'applications.title': 'Applications',
  'applications.lead':
    'Applications registered on visits and at outreach points. An application counts as received when all its files have arrived.',
  'applications.caption': "The centre's applications, newest first",
  'applications.empty': 'There are no applications yet.',
  'applications.number': 'Number',
  'applications.receivedAt': 'Received',
  'applications.applicant': 'Applicant',
  'applications.service': 'Service',
  'applications.administrator': 'Administrator',
  'applications.files': 'Files',
  'applications.files.complete': 'All arrived',
  'applications.files.waiting': 'Waiting',
} satisfies Translation<typeof uk>;
