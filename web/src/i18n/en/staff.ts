import type { Translation } from '../types';
import type { staff as uk } from '../uk/staff';

export const staff = {
  'staff.title': 'Staff',
  'staff.lead': 'Who works with the mobile office and what each person may do.',
  'staff.caption': 'Staff of the centre',
  'staff.add': 'Add a staff member',
  'staff.add.lead':
    'Give the login and first password to the person yourself; they can change the password later.',
  'staff.created': '“{name}” has been added.',
  'staff.person': 'Staff member',
  'staff.name': 'Full name',
  'staff.firstPassword': 'First password',
  'staff.firstPassword.hint': 'At least {n} characters.',
  'staff.phone': 'Phone',
  'staff.email': 'E-mail',
  'staff.roles': 'Roles',
  'staff.roles.hint': 'Choose one or more. A person sees only what their roles need.',
  'staff.roles.required': 'Choose at least one role.',
  'staff.backToList': 'Back to the staff list',
  'staff.edit.title': 'Staff member',
  'staff.edit.lead': 'Login: {login}',
  'staff.edit.missing': 'There is no such staff member in this centre.',
  'staff.edit.details': 'Details and roles',
  'staff.reset.title': 'New password',
  'staff.reset.password': 'New password for the staff member',
  'staff.reset.submit': 'Set password',
  'staff.reset.done':
    'A new password for “{name}” has been set. All their sessions have ended; give them the password yourself.',
  'staff.access.title': 'Access',
  'staff.access.now': 'Now:',
  'staff.access.self': 'You cannot deactivate your own account.',
  'staff.access.deactivate': 'Deactivate',
  'staff.access.deactivateHint': 'If the person no longer works with the mobile office, close their access.',
  'staff.access.reactivate': 'Restore access',
  'staff.access.reactivateHint': 'The person will be able to sign in with their password again.',
  'staff.access.confirmTitle': 'Deactivate “{name}”?',
  'staff.access.confirmSessions': 'They will be signed out on all devices at once and can no longer sign in.',
  'staff.access.confirmRecords':
    'Everything they recorded stays in the system. Access can be restored at any time.',
} satisfies Translation<typeof uk>;
