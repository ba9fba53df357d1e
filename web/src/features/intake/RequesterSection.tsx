import { useT } from '../../i18n/i18n-context';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { Channel, RequesterKind } from './intake-draft';
import type { SectionProps } from './section-props';

const CHANNELS: Channel[] = ['phone', 'in_person', 'email', 'social_worker'];
const KINDS: RequesterKind[] = ['self', 'relative', 'neighbour', 'social_worker', 'other'];

/** How the request came, and who is asking (the person themselves, a relative, a neighbour…). */
export function RequesterSection({
  draft,
  update,
  set,
  fixedChannel = false,
}: SectionProps & { fixedChannel?: boolean }) {
  const t = useT();
  const r = draft.requester;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('intake.section.requester')}</legend>
      {fixedChannel ? (
        <p>
          {t('intake.channel')}: {t(`requests.channel.${draft.channel}`)}
        </p>
      ) : (
        <Select
          name="channel"
          label={t('intake.channel')}
          value={draft.channel}
          onChange={(v) => set('channel', v as Channel)}
          options={CHANNELS.map((c) => ({ value: c, label: t(`requests.channel.${c}`) }))}
        />
      )}
      <Select
        name="requester.kind"
        label={t('intake.requester.kind')}
        value={r.kind}
        onChange={(v) => update('requester', { kind: v as RequesterKind })}
        options={KINDS.map((k) => ({ value: k, label: t(`requests.requester.${k}`) }))}
      />
      {r.kind !== 'self' && (
        <>
          <TextField
            name="requester.name"
            label={t('intake.requester.name')}
            value={r.name}
            onChange={(name) => update('requester', { name })}
            autoComplete="off"
          />
          <TextField
            name="requester.phone"
            label={t('intake.requester.phone')}
            hint={t('common.phone.hint')}
            type="tel"
            width="medium"
            value={r.phone}
            onChange={(phone) => update('requester', { phone })}
          />
          <TextField
            name="requester.relation"
            label={t('intake.requester.relation')}
            hint={t('intake.requester.relation.hint')}
            optional
            width="medium"
            value={r.relation}
            onChange={(relation) => update('requester', { relation })}
          />
        </>
      )}
    </fieldset>
  );
}
