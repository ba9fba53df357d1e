import type { AppRoute } from '../../app/route-types';
import { StaffCreatePage } from './StaffCreatePage';
import { StaffEditPage } from './StaffEditPage';
import { StaffListPage } from './StaffListPage';

/** The head manages the centre's staff. */
export const staffRoutes: readonly AppRoute[] = [
  { path: '/staff', element: <StaffListPage />, roles: ['head'] },
  { path: '/staff/new', element: <StaffCreatePage />, roles: ['head'] },
  { path: '/staff/:id', element: <StaffEditPage />, roles: ['head'] },
];
