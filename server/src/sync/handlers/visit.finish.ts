import { VISIT_FINISH_VERSION, VisitFinishV1 } from '@valiza/domain';
import { finishVisit } from '../../applications/visit-finish.service.js';
import { defineHandler } from '../command-handler.js';

/**
 * `visit.finish`: how the visit ended. The request's state follows the outcome, unless the office
 * changed the visit or closed the request meanwhile — then the outcome is kept and flagged.
 */
export const visitFinish = defineHandler<VisitFinishV1>({
  type: 'visit.finish',
  versions: { [VISIT_FINISH_VERSION]: VisitFinishV1 },
  upgrade: {},
  handle: (tx, actor, command) => finishVisit(tx, actor, command.payload),
});
