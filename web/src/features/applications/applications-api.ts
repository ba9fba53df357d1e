import { ApplicationList, type Role } from '@valiza/domain';

export { ApplicationList };

/** Who reads the centre's applications (the logbook's rows). */
export const APPLICATION_READERS: readonly Role[] = ['head', 'administrator', 'operator'];

/** The newest applications the plain list shows. */
export const APPLICATIONS_URL = '/api/v1/applications?limit=200';
