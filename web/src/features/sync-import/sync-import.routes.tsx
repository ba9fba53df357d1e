import type { AppRoute } from '../../app/route-types';
import { IMPORTERS } from './import-api';
import { ImportPage } from './ImportPage';

/** The import of a field device's export file, at the centre. */
export const syncImportRoutes: readonly AppRoute[] = [
  { path: '/sync/import', element: <ImportPage />, roles: IMPORTERS },
];
