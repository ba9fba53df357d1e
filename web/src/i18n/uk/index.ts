import { admin } from './admin';
import { applications } from './applications';
import { fieldVisit } from './fieldVisit';
import { auth } from './auth';
import { catalogue } from './catalogue';
import { calendar } from './calendar';
import { centre } from './centre';
import { field } from './field';
import { common } from './common';
import { feedback } from './feedback';
import { home } from './home';
import { intake } from './intake';
import { kits } from './kits';
import { logbook } from './logbook';
import { localities } from './localities';
import { nav } from './nav';
import { outreach } from './outreach';
import { publicRequests } from './public-requests';
import { requests } from './requests';
import { planning } from './planning';
import { roles } from './roles';
import { setup } from './setup';
import { staff } from './staff';
import { reports } from './reports';

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
  ...logbook,
  ...outreach,
  ...planning,
  ...calendar,
  ...localities,
  ...admin,
  ...applications,
  ...fieldVisit,
  ...feedback,
  ...field,
  ...reports,
  ...requests,
  ...intake,
  ...catalogue,
  ...publicRequests,
};
