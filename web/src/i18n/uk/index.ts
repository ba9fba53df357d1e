import { ukCore } from './core';
import { ukOffice } from './office';

/**
 * The Ukrainian dictionary: the source of truth for message keys. Each area keeps its own file; a
 * feature adds `uk/<area>.ts` and `en/<area>.ts` and one line in each index.
 */
export const uk = { ...ukCore, ...ukOffice };
