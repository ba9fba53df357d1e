import type { CommandHandler } from '../command-handler.js';
import { applicationRegister } from './application.register.js';
import { deviceReport } from './device.report.js';
import { feedbackQuestionnaire } from './feedback.questionnaire.js';
import { incidentReport } from './incident.report.js';
import { visitArrive } from './visit.arrive.js';
import { visitFinish } from './visit.finish.js';

/** Every command type the server accepts from field devices. Add a handler here and nowhere else. */
export const COMMAND_HANDLERS: readonly CommandHandler[] = [
  deviceReport,
  visitArrive,
  applicationRegister,
  incidentReport,
  visitFinish,
  feedbackQuestionnaire,
];

/** The handlers by type. */
export type HandlerRegistry = ReadonlyMap<string, CommandHandler>;

/** The handlers by type; two handlers for one type are a programming error. */
export function handlerRegistry(handlers: readonly CommandHandler[] = COMMAND_HANDLERS): HandlerRegistry {
  const registry = new Map<string, CommandHandler>();
  for (const handler of handlers) {
    if (registry.has(handler.type)) throw new Error(`Two handlers for ${handler.type}.`);
    registry.set(handler.type, handler);
  }
  return registry;
}
