import type { Translation } from '../types';
import type { kits as uk } from '../uk/kits';

export const kits = {
  'kits.title': 'Mobile kits',
  'kits.lead': 'The equipment sets administrators take out to people.',
  'kits.caption': 'Mobile kits of the centre',
  'kits.empty': 'No kits have been added yet.',
  'kits.add': 'Add a kit',
  'kits.created': 'Kit {code} has been added.',
  'kits.saved': 'Changes to kit {code} have been saved.',
  'kits.edit.title': 'Edit kit',
  'kits.form.lead': 'The list of parts helps to check that everything is there before a visit.',
  'kits.code': 'Kit code',
  'kits.code.hint': 'A short name, e.g. КАМ-1.',
  'kits.inventoryNumber': 'Inventory number',
  'kits.components': 'Parts',
  'kits.components.hint': 'Laptop, printer, scanner, modem and so on; the serial number is optional.',
  'kits.component.number': 'Part {n}',
  'kits.component.name': 'Name',
  'kits.component.serial': 'Serial number',
  'kits.component.add': 'Add a part',
  'kits.notes': 'Notes',
  'kits.notes.hint': 'For example, what needs repair or replacement.',
  'kits.active': 'Kit in use',
  'kits.active.hint': 'Clear this box if the kit is being repaired or has been written off.',
} satisfies Translation<typeof uk>;
