import type { Translation } from '../types';
import type { field as uk } from '../uk/field';

export const field = {
  'field.title': 'Field work',
  'field.nav.today': 'Today',
  'field.nav.status': 'Sync',
  'field.nav.export': 'Save to a file',
  'field.nav.label': 'Field work sections',
  'field.openOffline': 'Open field work (works offline)',
  'field.lock': 'Lock',

  'field.setup.title': 'Prepare the laptop for a field day',
  'field.setup.lead':
    'Once, with Internet: sign in and choose a PIN — then Valiza works all day without a connection. Data on the device is encrypted.',
  'field.setup.signedInAs': 'You are signed in as {name}.',
  'field.setup.pin': 'PIN',
  'field.setup.pinHint': '6 to 12 digits. It is asked for to open the data on this laptop.',
  'field.setup.pinRepeat': 'PIN again',
  'field.setup.submit': 'Register the device',
  'field.setup.pinInvalid': 'A PIN is 6 to 12 digits.',
  'field.setup.pinMismatch': 'The PINs do not match.',
  'field.setup.notAdministrator': 'Only an administrator of the centre can prepare a device for field work.',
  'field.setup.needsNetwork':
    'No connection to the server. The first setup of a device needs the Internet; afterwards it works without it.',
  'field.setup.deviceLabel': 'Field device, {browser}, {date}',

  'field.wiped.wrong_pins':
    'The field data on this device was erased: a wrong PIN was entered too many times.',
  'field.wiped.revoked':
    'The field data on this device was erased: the head of the centre revoked this device, or it expired.',
  'field.wiped.by_hand': 'The field data on this device was erased.',

  'field.unlock.title': 'Unlock',
  'field.unlock.lead': 'Enter the PIN of this device.',
  'field.unlock.pin': 'PIN',
  'field.unlock.submit': 'Unlock',
  'field.unlock.wrong': 'Wrong PIN. Attempts left: {remaining}.',
  'field.unlock.lastAttemptTitle': 'Last attempt',
  'field.unlock.lastAttempt': 'The next wrong PIN erases all field data on this device.',
  'field.unlock.unsentWarning':
    'There is unsent work on the device ({count}). A wrong PIN loses it. If you are not sure, contact the head of the centre before trying.',
  'field.unlock.exportAfter': 'Save the unsent work to a file right after unlocking',

  'field.today.title': "Today's plan",
  'field.today.noPlan': 'There is no approved plan for you today.',
  'field.today.noData': 'No data received yet. Connect to the Internet and press "Sync now".',
  'field.today.visit': '{start}–{end} · {number}',
  'field.today.services': 'Services: {services}',
  'field.today.address': 'Address: {address}',
  'field.today.later': 'Next days',
  'field.today.dayVisits': '{date}: visits — {count}',
  'field.today.report': 'Send a device health report',
  'field.today.reported': 'The report is queued for sending.',

  'field.status.title': 'Sync',
  'field.status.waiting': 'Waiting to be sent',
  'field.status.sent': 'Sent',
  'field.status.needsPerson': 'Need a person',
  'field.status.files': 'Files not yet sent',
  'field.status.lastSync': 'Last sync',
  'field.status.never': 'not yet',
  'field.status.storage': 'Storage used',
  'field.unit.B': 'B',
  'field.unit.KB': 'KB',
  'field.unit.MB': 'MB',
  'field.unit.GB': 'GB',
  'field.unit.TB': 'TB',
  'field.status.storageOf': '{used} of {quota}',
  'field.status.persisted': 'The browser will not erase this data',
  'field.status.notPersisted':
    'The browser may erase this data when space runs out. Allow persistent storage or install the app.',
  'field.status.syncNow': 'Sync now',
  'field.status.phase.idle': 'Up to date',
  'field.status.phase.syncing': 'Syncing…',
  'field.status.phase.offline': 'No connection — work is kept on the device',
  'field.status.phase.locked': 'Locked — sync waits',
  'field.status.phase.failed': 'Sync failed: {reason}',
  'field.status.expires': 'The device works offline until {date}',
  'field.status.needsTitle': 'Need a person',
  'field.status.needsLead':
    'The server did not accept these records. They stay on the device until someone decides what to do with them.',
  'field.status.retry': 'Send again',
  'field.status.autoLock': 'Lock after inactivity (minutes)',
  'field.status.autoLockSaved': 'Saved.',

  'field.export.title': 'Save unsent work to a file',
  'field.export.lead':
    'If the device cannot reach the server, save the unsent work into an encrypted file and bring it to the centre, where it is imported.',
  'field.export.count': 'Records: {commands}, files: {files}.',
  'field.export.nothing': 'There is no unsent work.',
  'field.export.passphrase': 'File password',
  'field.export.passphraseHint': 'At least 8 characters. Tell it to whoever imports the file.',
  'field.export.passphraseRepeat': 'File password again',
  'field.export.submit': 'Create the file',
  'field.export.mismatch': 'The passwords do not match.',
  'field.export.tooShort': 'The password needs at least 8 characters.',
  'field.export.ready': 'The file is ready.',
  'field.export.download': 'Download the file',
  'field.export.importAt': 'At the centre the file is imported on the page "Import of unsent work":',

  'field.import.title': 'Import of unsent work',
  'field.import.lead':
    'A file saved on a field device that had no connection. Anything that arrived before is not doubled.',
  'field.import.file': 'File',
  'field.import.passphrase': 'File password',
  'field.import.submit': 'Import',
  'field.import.noFile': 'Choose a file.',
  'field.import.result':
    'Files stored: {stored}, refused: {refused}. Records accepted: {accepted}, need a person: {refused2}.',
  'field.import.menu': 'Import from a device',
  'field.import.menuDescription': 'Unsent work of a field device, saved to a file.',
} satisfies Translation<typeof uk>;
