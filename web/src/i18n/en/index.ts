import { admin } from './admin';
import { auth } from './auth';
import { centre } from './centre';
import { common } from './common';
import { home } from './home';
import { kits } from './kits';
import { localities } from './localities';
import { nav } from './nav';
import { outreach } from './outreach';
import { roles } from './roles';
import { setup } from './setup';
import { staff } from './staff';

/**
 * The English dictionary. Every area file is checked to have exactly the keys of its Ukrainian twin.
 */
export const en = {
  ...common,
  ...nav,
  ...roles,
  ...auth,
  ...setup,
  ...home,
  ...centre,
  ...staff,
  ...kits,
  ...outreach,
  ...localities,
  ...admin,
};
