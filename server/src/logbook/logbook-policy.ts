import type { Role } from '@valiza/domain';

/** Who reads the logbook of their centre. */
export const LOGBOOK_READERS: readonly Role[] = ['head', 'administrator', 'operator', 'quality'];
/** Who records forwarding, decisions, results and deliveries: the front desk. */
export const LOGBOOK_WRITERS: readonly Role[] = ['head', 'administrator', 'operator'];
