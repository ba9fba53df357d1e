import type { Translation } from '../types';
import type { auth as uk } from '../uk/auth';

export const auth = {
  'auth.login': 'Login',
  'auth.login.hint': 'Lower-case Latin letters, digits, dots, hyphens, e.g. kam.ivanenko.',
  'auth.password': 'Password',
  'auth.signIn.title': 'Sign in to Valiza',
  'auth.signIn.lead': 'The mobile office of the centre. Sign in with your login and password.',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.expired': 'Your session has ended. Sign in again to continue.',
  'auth.signIn.forgotten': 'Forgot your password? Ask the head of your centre to set a new one.',
  'auth.password.title': 'Change password',
  'auth.password.lead': 'After the change you will have to sign in again on your other devices.',
  'auth.password.current': 'Current password',
  'auth.password.new': 'New password',
  'auth.password.repeat': 'New password again',
  'auth.password.rule': 'At least {n} characters. A few easy-to-remember words work best.',
  'auth.password.mismatch': 'The passwords do not match.',
  'auth.password.submit': 'Change password',
  'auth.password.changed': 'Password changed. Your sessions on other devices have ended.',
} satisfies Translation<typeof uk>;
