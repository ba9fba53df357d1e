import { z } from 'zod';
import { RefusalItem, type Role } from '@valiza/domain';

export const RefusalList = z.object({ items: z.array(RefusalItem) });

/** Who reads the logbook; who records its steps; the head reviews refusals and checks the chain. */
export const LOGBOOK_READERS: readonly Role[] = ['head', 'administrator', 'operator', 'quality'];
export const LOGBOOK_WRITERS: readonly Role[] = ['head', 'administrator', 'operator'];
