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
 * The Ukrainian dictionary: the source of truth for message keys. Each area keeps its own file; a
 * feature adds `uk/<area>.ts` and `en/<area>.ts` and one line in each index.
 */
export const uk = {
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
