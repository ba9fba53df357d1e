import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

export interface ComponentDraft {
  /** A key for React only; never sent. */
  key: number;
  name: string;
  serial: string;
}

interface ComponentsEditorProps {
  value: readonly ComponentDraft[];
  onChange: (value: ComponentDraft[]) => void;
  nextKey: () => number;
}

/** The parts of a kit (laptop, printer, scanner…), each with an optional serial number. */
export function ComponentsEditor({ value, onChange, nextKey }: ComponentsEditorProps) {
  const t = useT();
  const change = (index: number, patch: Partial<ComponentDraft>) =>
    onChange(value.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('kits.components')}</legend>
      <p className="field__hint">{t('kits.components.hint')}</p>
      <div className="rows">
        {value.map((item, index) => (
          <div
            key={item.key}
            className="row-edit"
            role="group"
            aria-label={t('kits.component.number', { n: index + 1 })}
          >
            <div className="row-edit__grow">
              <TextField
                name={`components.${index}.name`}
                label={t('kits.component.name')}
                value={item.name}
                onChange={(name) => change(index, { name })}
              />
            </div>
            <div className="row-edit__grow">
              <TextField
                name={`components.${index}.serial`}
                label={t('kits.component.serial')}
                value={item.serial}
                onChange={(serial) => change(index, { serial })}
                optional
                spellCheck={false}
              />
            </div>
            <Button variant="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              {t('common.remove')}
              <span className="visually-hidden">
                {' '}
                {item.name || t('kits.component.number', { n: index + 1 })}
              </span>
            </Button>
          </div>
        ))}
      </div>
      <p>
        <Button
          variant="secondary"
          onClick={() => onChange([...value, { key: nextKey(), name: '', serial: '' }])}
        >
          {t('kits.component.add')}
        </Button>
      </p>
    </fieldset>
  );
}
