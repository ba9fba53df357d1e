import { lazy, Suspense, type ReactNode } from 'react';
import type { AppRoute } from '../../app/route-types';
import { Spinner } from '../../ui/Spinner';
import { APPROVERS, CALLERS, KIT_CHECKERS, PLANNERS } from './planning-api';

// The planning pages are loaded when first opened: the board brings Leaflet along.
const PlanningBoardPage = lazy(() =>
  import('./PlanningBoardPage').then((m) => ({ default: m.PlanningBoardPage })),
);
const ApprovalPage = lazy(() => import('./ApprovalPage').then((m) => ({ default: m.ApprovalPage })));
const KitCheckPage = lazy(() => import('./KitCheckPage').then((m) => ({ default: m.KitCheckPage })));
const CallListPage = lazy(() => import('./CallListPage').then((m) => ({ default: m.CallListPage })));

const later = (page: ReactNode) => <Suspense fallback={<Spinner />}>{page}</Suspense>;

/** The planning board, approval, kit readiness and the call list. */
export const planningRoutes: readonly AppRoute[] = [
  { path: '/planning', element: later(<PlanningBoardPage />), roles: PLANNERS },
  { path: '/planning/approval', element: later(<ApprovalPage />), roles: APPROVERS },
  { path: '/planning/kit-checks', element: later(<KitCheckPage />), roles: KIT_CHECKERS },
  { path: '/planning/calls', element: later(<CallListPage />), roles: CALLERS },
];
