import { z } from 'zod';

/** The answer of a list endpoint without paging: `{ items: [...] }`. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
