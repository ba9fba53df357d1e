import { PublicCentre, PublicRequestAccepted, PublicStatus } from '@valiza/domain';

export { PublicCentre, PublicRequestAccepted, PublicStatus };

/** The public information of a centre by its slug: categories, field services, localities. */
export const publicCentrePath = (slug: string) => `/api/v1/public/centres/${encodeURIComponent(slug)}`;
