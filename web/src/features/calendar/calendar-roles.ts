import type { Role } from '@valiza/domain';

/** Who sees staff time (the crew list behind it is for planners). */
export const CALENDAR_KEEPERS: readonly Role[] = ['head', 'operator', 'technician'];
