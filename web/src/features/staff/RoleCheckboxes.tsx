import { CENTRE_ROLES, type CentreRole } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Checkbox, CheckboxGroup } from '../../ui/Checkbox';

interface RoleCheckboxesProps {
  value: readonly CentreRole[];
  onChange: (roles: CentreRole[]) => void;
}

/** The roles of a centre, each with a plain sentence of what it lets the person do. */
export function RoleCheckboxes({ value, onChange }: RoleCheckboxesProps) {
  const t = useT();
  const toggle = (role: CentreRole, on: boolean) =>
    onChange(CENTRE_ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <CheckboxGroup name="roles" legend={t('staff.roles')} hint={t('staff.roles.hint')}>
      {CENTRE_ROLES.map((role) => (
        <Checkbox
          key={role}
          name={`roles.${role}`}
          label={t(`role.${role}`)}
          hint={t(`role.${role}.description`)}
          checked={value.includes(role)}
          onChange={(on) => toggle(role, on)}
        />
      ))}
    </CheckboxGroup>
  );
}
