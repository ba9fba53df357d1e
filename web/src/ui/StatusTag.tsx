import { useT } from '../i18n/i18n-context';

/** "Active" / "Inactive", in words and colour. */
export function StatusTag({ active }: { active: boolean }) {
  const t = useT();
  return (
    <span className={active ? 'tag tag--on' : 'tag tag--off'}>
      {active ? t('common.active') : t('common.inactive')}
    </span>
  );
}
