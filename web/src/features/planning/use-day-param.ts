import { useSearchParams } from 'react-router';
import { civilDateIn, type IsoDate } from '@valiza/domain';

/** The day a page shows, kept in the address (`?day=`) so it survives a reload; today by default. */
export function useDayParam(): [IsoDate, (day: IsoDate) => void] {
  const [params, setParams] = useSearchParams();
  const given = params.get('day');
  const day = given && /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : civilDateIn(new Date());
  return [day, (next) => setParams({ day: next }, { replace: true })];
}
