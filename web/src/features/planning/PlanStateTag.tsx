import type { PlanState } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';

/** The state of a day's plan in words (never by colour alone). */
export function PlanStateTag({ state }: { state: PlanState }) {
  const t = useT();
  const tone = state === 'approved' ? 'tag--on' : state === 'changed' ? 'tag--warn' : 'tag--off';
  return <span className={`tag ${tone}`}>{t(`planning.state.${state}`)}</span>;
}
