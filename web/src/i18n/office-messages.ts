import { enOffice } from './en/office';
import { addMessages } from './messages';
import { ukOffice } from './uk/office';

/** Adds the office's messages; the office app loads this module with its own code. */
export function addOfficeMessages(): void {
  addMessages({ uk: ukOffice, en: enOffice });
}
