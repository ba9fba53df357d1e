import { StaffMember } from '@valiza/domain';
import { itemsOf } from '../../api/lists';

/** `GET /api/v1/staff` and `GET /api/v1/centres/:id/staff`. */
export const StaffList = itemsOf(StaffMember);

/** A taken login is the login field's problem. */
export const STAFF_CODE_FIELDS = { 'org.login_taken': 'login' };
