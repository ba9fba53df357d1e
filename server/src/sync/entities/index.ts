import type { PulledEntity } from '../pulled-entity.js';
import { fieldVisitEntity } from '../../applications/field-visit.entity.js';
import { approvedPlanEntity } from '../../scheduling/approved-plan.entity.js';
import { categoryEntity, serviceEntity } from './catalogue.entities.js';
import { centreEntity, kitEntity, localityEntity, outreachPointEntity } from './org.entities.js';

/**
 * Every entity field devices pull. Add an entity here (and record its changes with
 * `recordChange`).
 */
export const PULLED_ENTITIES: readonly PulledEntity[] = [
  centreEntity,
  localityEntity,
  outreachPointEntity,
  kitEntity,
  approvedPlanEntity,
  fieldVisitEntity,
  serviceEntity,
  categoryEntity,
];
