import { lazy, Suspense, type ReactNode } from 'react';
import type { Role } from '@valiza/domain';
import type { AppRoute } from '../../app/route-types';
import { Spinner } from '../../ui/Spinner';

const SurveyListPage = lazy(() => import('./SurveyListPage').then((m) => ({ default: m.SurveyListPage })));
const SurveyCallPage = lazy(() => import('./SurveyCallPage').then((m) => ({ default: m.SurveyCallPage })));

const SURVEY_ROLES: readonly Role[] = ['quality', 'head'];
const page = (element: ReactNode) => <Suspense fallback={<Spinner />}>{element}</Suspense>;

/** Telephone surveys: the quality officer and the head. Loaded on first use. */
export const surveyRoutes: readonly AppRoute[] = [
  { path: '/quality/surveys', element: page(<SurveyListPage />), roles: SURVEY_ROLES },
  { path: '/quality/surveys/:id', element: page(<SurveyCallPage />), roles: SURVEY_ROLES },
];
