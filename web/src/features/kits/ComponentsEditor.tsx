import { useT } from '../../i18n/i18n-context';
import { ListEditor } from '../../ui/ListEditor';
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
  return (
    <ListEditor
      legend={t('kits.components')}
      hint={t('kits.components.hint')}
      addLabel={t('kits.component.add')}
      value={value}
      onChange={onChange}
      newItem={() => ({ key: nextKey(), name: '', serial: '' })}
      rowLabel={(index) => t('kits.component.number', { n: index + 1 })}
      itemName={(item) => item.name}
    >
      {(item, index, change) => (
        <>
          <div className="row-edit__grow">
            <TextField
              name={`components.${index}.name`}
              label={t('kits.component.name')}
              value={item.name}
              onChange={(name) => change({ name })}
            />
          </div>
          <div className="row-edit__grow">
            <TextField
              name={`components.${index}.serial`}
              label={t('kits.component.serial')}
              value={item.serial}
              onChange={(serial) => change({ serial })}
              optional
              spellCheck={false}
            />
          </div>
        </>
      )}
    </ListEditor>
  );
}
