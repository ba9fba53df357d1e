import { auth } from './auth';
import { common } from './common';
import { field } from './field';
import { fieldVisit } from './fieldVisit';
import { roles } from './roles';

/**
 * The messages the first screen needs in every app — the shell, sign-in and the whole field app —
 * loaded with the entry. The office's own areas come with the office app (see `office.ts`).
 */
export const ukCore = {
  ...common,
  ...roles,
  ...auth,
  ...fieldVisit,
  ...field,
};
