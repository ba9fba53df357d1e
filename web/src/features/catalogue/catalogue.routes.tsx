import { CENTRE_STAFF } from '../../app/access';
import type { AppRoute } from '../../app/route-types';
import { lazyPage } from '../requests/lazy-page';
import { CATALOGUE_EDITORS } from './catalogue-api';

const ServicesPage = lazyPage(() => import('./ServicesPage'), 'ServicesPage');
const ServiceFormPage = lazyPage(() => import('./ServiceFormPage'), 'ServiceFormPage');
const CategoriesPage = lazyPage(() => import('./CategoriesPage'), 'CategoriesPage');

/** All staff read the catalogue and the categories; the head changes them. */
export const catalogueRoutes: readonly AppRoute[] = [
  { path: '/services', element: <ServicesPage />, roles: CENTRE_STAFF },
  { path: '/services/new', element: <ServiceFormPage />, roles: CATALOGUE_EDITORS },
  { path: '/services/:id', element: <ServiceFormPage />, roles: CATALOGUE_EDITORS },
  { path: '/eligibility-categories', element: <CategoriesPage />, roles: CENTRE_STAFF },
];
