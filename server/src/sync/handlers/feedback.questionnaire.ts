import {
  FEEDBACK_QUESTIONNAIRE_VERSION,
  FeedbackQuestionnaireV1,
  type FeedbackQuestionnaireV1 as Questionnaire,
} from '@valiza/domain';
import { recordQuestionnaire } from '../../feedback/questionnaire.service.js';
import { defineHandler } from '../command-handler.js';

/**
 * `feedback.questionnaire`: the anonymous questionnaire filled in at the end of a visit on the field
 * device. It becomes a register entry of the device's centre under the command's id, so a resend
 * finds its own entry; nothing links it to the visit or the applicant.
 */
export const feedbackQuestionnaire = defineHandler<Questionnaire>({
  type: 'feedback.questionnaire',
  versions: { [FEEDBACK_QUESTIONNAIRE_VERSION]: FeedbackQuestionnaireV1 },
  upgrade: {},
  async handle(tx, actor, command) {
    const result = await recordQuestionnaire(tx, actor, command.id, command.payload);
    return { feedbackId: command.id, alert: result.alert };
  },
});
