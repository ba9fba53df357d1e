import { lazy, Suspense, type ReactNode } from 'react';
import { CENTRE_STAFF } from '../../app/access';
import type { AppRoute } from '../../app/route-types';
import { Spinner } from '../../ui/Spinner';
import { CALENDAR_KEEPERS } from './calendar-roles';

const CentreCalendarPage = lazy(() =>
  import('./CentreCalendarPage').then((m) => ({ default: m.CentreCalendarPage })),
);
const StaffTimePage = lazy(() => import('./StaffTimePage').then((m) => ({ default: m.StaffTimePage })));
const OutreachSchedulesPage = lazy(() =>
  import('./OutreachSchedulesPage').then((m) => ({ default: m.OutreachSchedulesPage })),
);

const later = (page: ReactNode) => <Suspense fallback={<Spinner />}>{page}</Suspense>;

/** The centre's working days, staff time and outreach schedules. */
export const calendarRoutes: readonly AppRoute[] = [
  { path: '/calendar', element: later(<CentreCalendarPage />), roles: CENTRE_STAFF },
  { path: '/calendar/staff', element: later(<StaffTimePage />), roles: CALENDAR_KEEPERS },
  { path: '/calendar/outreach', element: later(<OutreachSchedulesPage />), roles: CENTRE_STAFF },
];
