import type { PulledEntity } from '../pulled-entity.js';
import { approvedPlanEntity } from '../../scheduling/approved-plan.entity.js';
import { centreEntity, kitEntity, localityEntity, outreachPointEntity } from './org.entities.js';

/**
 * Every entity field devices pull. Add an entity here (and record its changes with
 * `recordChange`); later areas add the catalogue, categories and approved plans.
 */
export const PULLED_ENTITIES: readonly PulledEntity[] = [
  centreEntity,
  localityEntity,
  outreachPointEntity,
  kitEntity,
  approvedPlanEntity,
];
