import type { Locality, OutreachPoint, PlaceKind } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Notice } from '../../ui/Notice';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { OTHER_LOCALITY, type IntakeDraft } from './intake-draft';
import type { SectionProps } from './section-props';

const KINDS: PlaceKind[] = ['home', 'hospital', 'other_address', 'outreach_point'];

interface PlaceProps extends SectionProps {
  localities: readonly Locality[];
  outreachPoints: readonly OutreachPoint[];
}

/** Where the visit happens: home, a hospital ward, another address, or an outreach point. */
export function PlaceSection({ draft, update, localities, outreachPoints }: PlaceProps) {
  const t = useT();
  const p = draft.place;
  const set = (patch: Partial<IntakeDraft['place']>) => update('place', patch);
  const text = (name: keyof IntakeDraft['place'] & string, width?: 'short' | 'medium', optional = true) => (
    <TextField
      name={`place.address.${name}`}
      label={t(`intake.place.${name}` as 'intake.place.street')}
      value={p[name] as string}
      onChange={(v) => set({ [name]: v })}
      width={width ?? 'long'}
      optional={optional}
      autoComplete="off"
    />
  );

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('intake.section.place')}</legend>
      <Select
        name="place.kind"
        label={t('intake.place.kind')}
        value={p.kind}
        onChange={(v) => set({ kind: v as PlaceKind })}
        options={KINDS.map((k) => ({ value: k, label: t(`requests.place.${k}`) }))}
      />
      {p.kind === 'outreach_point' ? (
        <Select
          name="place.outreachPointId"
          label={t('intake.place.outreachPoint')}
          value={p.outreachPointId}
          onChange={(outreachPointId) => set({ outreachPointId })}
          emptyOption={t('common.choose')}
          options={outreachPoints
            .filter((o) => o.active)
            .map((o) => ({ value: o.id, label: `${o.name} — ${o.address}` }))}
        />
      ) : (
        <>
          {p.kind === 'hospital' && (
            <>
              <TextField
                name="place.hospitalName"
                label={t('intake.place.hospitalName')}
                value={p.hospitalName}
                onChange={(hospitalName) => set({ hospitalName })}
              />
              <TextField
                name="place.ward"
                label={t('intake.place.ward')}
                value={p.ward}
                onChange={(ward) => set({ ward })}
                width="short"
                optional
              />
            </>
          )}
          <Select
            name="place.address.localityId"
            label={t('intake.place.locality')}
            value={p.localityId}
            onChange={(localityId) => set({ localityId })}
            emptyOption={t('common.choose')}
            options={[
              ...localities.map((l) => ({ value: l.id, label: l.name })),
              { value: OTHER_LOCALITY, label: t('intake.place.locality.other') },
            ]}
          />
          {p.localityId === OTHER_LOCALITY && (
            <>
              <Notice tone="warn">
                <p>{t('intake.place.locality.outside')}</p>
              </Notice>
              <TextField
                name="place.address.localityName"
                label={t('intake.place.localityName')}
                value={p.localityName}
                onChange={(localityName) => set({ localityName })}
              />
            </>
          )}
          {text('street', undefined, p.kind === 'hospital')}
          <div className="field-row">
            {text('building', 'short', p.kind === 'hospital')}
            {text('apartment', 'short')}
            {text('entrance', 'short')}
            {text('floor', 'short')}
            {text('intercom', 'short')}
          </div>
          <TextField
            name="place.address.routeNotes"
            label={t('intake.place.routeNotes')}
            hint={t('intake.place.routeNotes.hint')}
            value={p.routeNotes}
            onChange={(routeNotes) => set({ routeNotes })}
            optional
            multiline
            rows={2}
          />
          <TextField
            name="place.address.accessNotes"
            label={t('intake.place.accessNotes')}
            hint={t('intake.place.accessNotes.hint')}
            value={p.accessNotes}
            onChange={(accessNotes) => set({ accessNotes })}
            optional
            multiline
            rows={2}
          />
        </>
      )}
    </fieldset>
  );
}
