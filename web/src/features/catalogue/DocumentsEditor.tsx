import type { DocumentForm } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { ListEditor } from '../../ui/ListEditor';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';

export interface DocumentDraft {
  /** A key for React only; never sent. */
  key: number;
  /** Kept when editing, so that requests that confirmed the document still point at it. */
  id: string | null;
  name: string;
  form: DocumentForm;
  note: string;
}

interface DocumentsEditorProps {
  value: readonly DocumentDraft[];
  onChange: (value: DocumentDraft[]) => void;
  nextKey: () => number;
}

/** The exhaustive list of documents of a service: name, original or copy, a note. */
export function DocumentsEditor({ value, onChange, nextKey }: DocumentsEditorProps) {
  const t = useT();
  return (
    <ListEditor
      legend={t('catalogue.documents')}
      hint={t('catalogue.documents.hint')}
      addLabel={t('catalogue.document.add')}
      value={value}
      onChange={onChange}
      newItem={(): DocumentDraft => ({ key: nextKey(), id: null, name: '', form: 'original', note: '' })}
      rowLabel={(index) => t('catalogue.document.number', { n: index + 1 })}
      itemName={(doc) => doc.name}
    >
      {(doc, index, change) => (
        <>
          <div className="row-edit__grow">
            <TextField
              name={`documents.${index}.name`}
              label={t('catalogue.document.name')}
              value={doc.name}
              onChange={(name) => change({ name })}
            />
          </div>
          <Select
            name={`documents.${index}.form`}
            label={t('catalogue.document.form')}
            value={doc.form}
            onChange={(form) => change({ form: form as DocumentForm })}
            options={(['original', 'copy'] as const).map((f) => ({
              value: f,
              label: t(`catalogue.form.${f}`),
            }))}
          />
          <div className="row-edit__grow">
            <TextField
              name={`documents.${index}.note`}
              label={t('catalogue.document.note')}
              value={doc.note}
              onChange={(note) => change({ note })}
              optional
            />
          </div>
        </>
      )}
    </ListEditor>
  );
}
