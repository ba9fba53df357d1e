import { VISIT_ARRIVE_VERSION, VisitArriveV1 } from '@valiza/domain';
import { recordArrival } from '../../applications/visit-report.service.js';
import { defineHandler } from '../command-handler.js';

/**
 * `visit.arrive`: the administrator reached the applicant. The first arrival of a visit stands; a
 * later one (another command with the same visit) changes nothing and gets the same answer.
 */
export const visitArrive = defineHandler<VisitArriveV1>({
  type: 'visit.arrive',
  versions: { [VISIT_ARRIVE_VERSION]: VisitArriveV1 },
  upgrade: {},
  handle: (tx, actor, command) => recordArrival(tx, actor, command.payload),
});
