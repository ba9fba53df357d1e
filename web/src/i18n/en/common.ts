import type { Translation } from '../types';
import type { common as uk } from '../uk/common';

export const common = {
  'common.appName': 'Valiza',
  'common.pageTitle': '{title} — Valiza',
  'common.skipToContent': 'Skip to main content',
  'common.loading': 'Loading…',
  'common.sending': 'Sending…',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saved': 'Changes saved.',
  'common.cancel': 'Cancel',
  'common.dateHint': 'dd.mm.yyyy',
  'common.edit': 'Edit',
  'common.remove': 'Remove',
  'common.choose': '— choose —',
  'common.optional': '(optional)',
  'common.notSet': 'not set',
  'common.no': 'No',
  'common.status': 'Status',
  'common.active': 'Active',
  'common.inactive': 'Inactive',
  'common.actions': 'Actions',
  'common.phone.hint': 'For example: 067 123 45 67 or +380 67 123 45 67.',

  'language.label': 'Interface language',
  'language.uk': 'Українська',
  'language.en': 'English',

  'layout.platform': 'Platform administration',
  'layout.signOut': 'Sign out',
  'layout.signOutFailed': 'Could not sign out: {reason}',

  'access.deniedTitle': 'No access',
  'access.deniedText':
    'This page is not open to your role. If you need it for your work, ask the head of your centre.',
  'access.notFoundTitle': 'Page not found',
  'access.notFoundText': 'The address may have a typo, or the page has moved.',
  'access.toHome': 'Go to the home page',

  'errors.network': 'No connection to the server. Check the Internet connection and try again.',
  'errors.unexpected': 'Something went wrong. Try again; if that does not help, tell your administrator.',
  'errors.startFailedTitle': 'Valiza could not open',
  'errors.summaryTitle': 'Please correct the following',
  'errors.fieldPrefix': 'Error:',
  'errors.fieldMessage': '{label}: {message}',

  'weekday.mon': 'Monday',
  'weekday.tue': 'Tuesday',
  'weekday.wed': 'Wednesday',
  'weekday.thu': 'Thursday',
  'weekday.fri': 'Friday',
  'weekday.sat': 'Saturday',
  'weekday.sun': 'Sunday',

  'geo.coordinates': 'Coordinates',
  'geo.coordinates.hint': 'Latitude and longitude in degrees, e.g. 48.5132 and 34.6031. Optional.',
  'geo.lat': 'Latitude',
  'geo.lon': 'Longitude',
  'geo.pair': '{lat}, {lon}',
  'geo.notANumber': 'Enter a number, e.g. 48.5132.',
} satisfies Translation<typeof uk>;
