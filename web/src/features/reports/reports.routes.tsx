import { lazy, Suspense, type ReactNode } from 'react';
import type { AppRoute } from '../../app/route-types';
import { Spinner } from '../../ui/Spinner';
import { REGION_READERS, REPORT_READERS } from './reports-api';

// Reports and the public page are loaded on first visit: charts and tables nobody in the field needs.
const ReportsPage = lazy(() => import('./ReportsPage'));
const RegionReportsPage = lazy(() => import('./RegionReportsPage'));
const IndicatorsPage = lazy(() => import('./IndicatorsPage'));
const EmbeddedIndicatorsPage = lazy(() =>
  import('./IndicatorsPage').then((m) => ({ default: m.EmbeddedIndicatorsPage })),
);

const later = (page: ReactNode) => <Suspense fallback={<Spinner />}>{page}</Suspense>;

export const reportRoutes: readonly AppRoute[] = [
  { path: '/reports', element: later(<ReportsPage />), roles: REPORT_READERS },
  { path: '/reports/region', element: later(<RegionReportsPage />), roles: REGION_READERS },
];

/** The public indicators page, in the public frame. */
export const indicatorRoutes: readonly AppRoute[] = [
  { path: '/indicators/:slug', element: later(<IndicatorsPage />) },
];

/** Pages drawn without any frame: the embeddable indicators (the server lets other sites frame them). */
export const embedRoutes: readonly AppRoute[] = [
  { path: '/embed/indicators/:slug', element: later(<EmbeddedIndicatorsPage />) },
];
