import type { RequestState } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';

const DONE: readonly RequestState[] = ['rejected', 'cancelled', 'no_show', 'completed'];

/** A request's state in words, quieter once it is final. */
export function StateTag({ state }: { state: RequestState }) {
  const t = useT();
  return (
    <span className={DONE.includes(state) ? 'tag tag--off' : 'tag tag--on'}>
      {t(`requests.state.${state}`)}
    </span>
  );
}
