import type { ReactNode } from 'react';
import type { Role } from '@valiza/domain';

/** A page of the signed-in app. Without `roles` anyone signed in may open it. */
export interface AppRoute {
  path: string;
  element: ReactNode;
  roles?: readonly Role[];
}
