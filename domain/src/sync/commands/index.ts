export * from './device-report.js';
export * from './field-values.js';
export * from './visit-arrive.js';
export * from './application-register.js';
export * from './visit-finish.js';
export * from './incident-report.js';

/** The visit's command types, in the order the field app sends a visit's work. */
export const VISIT_COMMAND_TYPES = [
  'visit.arrive',
  'application.register',
  'incident.report',
  'visit.finish',
] as const;
export type VisitCommandType = (typeof VISIT_COMMAND_TYPES)[number];
