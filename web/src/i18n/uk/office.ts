import { admin } from './admin';
import { applications } from './applications';
import { calendar } from './calendar';
import { catalogue } from './catalogue';
import { centre } from './centre';
import { feedback } from './feedback';
import { home } from './home';
import { intake } from './intake';
import { kits } from './kits';
import { localities } from './localities';
import { logbook } from './logbook';
import { nav } from './nav';
import { outreach } from './outreach';
import { planning } from './planning';
import { publicRequests } from './public-requests';
import { reports } from './reports';
import { requests } from './requests';
import { setup } from './setup';
import { staff } from './staff';

/** The messages of the office's areas, loaded with the office app. */
export const ukOffice = {
  ...nav,
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
  ...feedback,
  ...reports,
  ...requests,
  ...intake,
  ...catalogue,
  ...publicRequests,
};
