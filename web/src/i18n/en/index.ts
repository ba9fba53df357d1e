import { enCore } from './core';
import { enOffice } from './office';

/**
 * The English dictionary. Every area file is checked to have exactly the keys of its Ukrainian twin.
 */
export const en = { ...enCore, ...enOffice };
