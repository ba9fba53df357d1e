import type { IntakeDraft } from './intake-draft';

/** Each part of the intake form reads the draft and changes its own parts of it. */
export interface SectionProps {
  draft: IntakeDraft;
  /** Merges a patch into one part made of several fields (`requester`, `place`…). */
  update: <K extends keyof IntakeDraft>(key: K, patch: Partial<IntakeDraft[K]>) => void;
  /** Replaces one value of the draft as a whole (a list, a check-box, the notes). */
  set: <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => void;
}
