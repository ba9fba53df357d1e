import type { CrewMember, Kit } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

interface TimeWindowProps {
  startTime: string;
  endTime: string;
  onStartTime: (value: string) => void;
  onEndTime: (value: string) => void;
}

/** The start and end of a visit or an outreach session, side by side (`startTime`, `endTime`). */
export function TimeWindowFields({ startTime, endTime, onStartTime, onEndTime }: TimeWindowProps) {
  const t = useT();
  return (
    <>
      <TextField
        name="startTime"
        label={t('planning.place.start')}
        type="time"
        width="time"
        value={startTime}
        onChange={onStartTime}
      />
      <TextField
        name="endTime"
        label={t('planning.place.end')}
        type="time"
        width="time"
        value={endTime}
        onChange={onEndTime}
      />
    </>
  );
}

interface AdministratorChecksProps {
  crew: readonly CrewMember[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  hint?: string;
}

/** One check-box per field administrator of the centre (`staffIds`), in the order they were ticked. */
export function AdministratorChecks({ crew, value, onChange, hint }: AdministratorChecksProps) {
  const t = useT();
  return (
    <CheckboxGroup name="staffIds" legend={t('planning.place.staff')} {...(hint ? { hint } : {})}>
      {crew
        .filter((c) => c.roles.includes('administrator'))
        .map((person) => (
          <Checkbox
            key={person.id}
            name={`staffIds.${person.id}`}
            label={person.name}
            checked={value.includes(person.id)}
            onChange={(on) => onChange(on ? [...value, person.id] : value.filter((x) => x !== person.id))}
          />
        ))}
    </CheckboxGroup>
  );
}

/** The kit to take (`kitId`): active kits only, chosen explicitly. */
export function KitSelect({
  kits,
  value,
  onChange,
}: {
  kits: readonly Kit[];
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useT();
  return (
    <Select
      name="kitId"
      label={t('planning.place.kit')}
      value={value}
      onChange={onChange}
      emptyOption={t('common.choose')}
      options={kits.filter((k) => k.active).map((k) => ({ value: k.id, label: k.code }))}
    />
  );
}
