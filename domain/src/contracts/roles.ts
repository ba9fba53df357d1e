import { z } from 'zod';

/**
 * Staff roles. One person may hold several roles in their centre. The regional observer belongs to a
 * region instead of a centre and reads aggregates only; the platform admin runs the installation.
 */
export const ROLES = [
  'operator',
  'administrator',
  'head',
  'technician',
  'quality',
  'comms',
  'regional_observer',
  'platform_admin',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Roles that belong to a centre (the others are regional or installation-wide). */
export const CENTRE_ROLES = ['operator', 'administrator', 'head', 'technician', 'quality', 'comms'] as const;
export const CentreRole = z.enum(CENTRE_ROLES);
export type CentreRole = z.infer<typeof CentreRole>;
