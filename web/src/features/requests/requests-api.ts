import { ApplicantListItem, DuplicateGroup, listOf, RequestListItem, type Role } from '@valiza/domain';
import { z } from 'zod';

export const RequestPage = listOf(RequestListItem);
export const ApplicantPage = listOf(ApplicantListItem);
export const DuplicateList = z.object({ items: z.array(DuplicateGroup) });

/** Who takes and decides requests. */
export const REQUEST_TAKERS: readonly Role[] = ['operator', 'head'];
/** Who merges duplicate applicants. */
export const HEADS: readonly Role[] = ['head'];

/** The filters of the work list, as kept in the page's address. */
export const FILTER_KEYS = ['state', 'category', 'localityId', 'serviceId', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The query of `GET /api/v1/requests` for these filters (the queue of new requests, oldest first, by default). */
export function requestQuery(params: URLSearchParams, cursor?: string): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  if (!params.has('state')) query.set('state', 'new');
  if (query.get('state') === 'all') query.delete('state');
  query.set('order', params.get('order') ?? 'oldest');
  if (cursor) query.set('cursor', cursor);
  return `/api/v1/requests?${query.toString()}`;
}
