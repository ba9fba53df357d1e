import { CENTRE_ROLES, type Role } from '@valiza/domain';

/** Everybody who works in a centre, whatever their role there. */
export const CENTRE_STAFF: readonly Role[] = CENTRE_ROLES;

/** Whether someone holding `held` may open a page or see a link that requires one of `required`. */
export function canAccess(held: readonly Role[], required: readonly Role[] | undefined): boolean {
  return !required || required.some((role) => held.includes(role));
}
