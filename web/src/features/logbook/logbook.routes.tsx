import { lazy, Suspense, type ReactNode } from 'react';
import type { AppRoute } from '../../app/route-types';
import { Spinner } from '../../ui/Spinner';
import { LOGBOOK_READERS } from './logbook-api';

// The logbook's pages are loaded when first opened: most sessions in the field never need them.
const LogbookTodayPage = lazy(() => import('./LogbookTodayPage'));
const LogbookListPage = lazy(() => import('./LogbookListPage'));
const LogbookEntryPage = lazy(() => import('./LogbookEntryPage'));
const RefusalsPage = lazy(() => import('./RefusalsPage'));

const page = (element: ReactNode) => <Suspense fallback={<Spinner />}>{element}</Suspense>;

/** The morning dashboard, the whole logbook, one entry, and the refusals. */
export const logbookRoutes: readonly AppRoute[] = [
  { path: '/logbook/today', element: page(<LogbookTodayPage />), roles: LOGBOOK_READERS },
  { path: '/logbook/refusals', element: page(<RefusalsPage />), roles: LOGBOOK_READERS },
  { path: '/logbook', element: page(<LogbookListPage />), roles: LOGBOOK_READERS },
  { path: '/logbook/:id', element: page(<LogbookEntryPage />), roles: LOGBOOK_READERS },
];
