import type { DocumentForm } from '@valiza/domain';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/Button';
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
  const change = (index: number, patch: Partial<DocumentDraft>) =>
    onChange(value.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('catalogue.documents')}</legend>
      <p className="field__hint">{t('catalogue.documents.hint')}</p>
      <div className="rows">
        {value.map((doc, index) => (
          <div
            key={doc.key}
            className="row-edit"
            role="group"
            aria-label={t('catalogue.document.number', { n: index + 1 })}
          >
            <div className="row-edit__grow">
              <TextField
                name={`documents.${index}.name`}
                label={t('catalogue.document.name')}
                value={doc.name}
                onChange={(name) => change(index, { name })}
              />
            </div>
            <Select
              name={`documents.${index}.form`}
              label={t('catalogue.document.form')}
              value={doc.form}
              onChange={(form) => change(index, { form: form as DocumentForm })}
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
                onChange={(note) => change(index, { note })}
                optional
              />
            </div>
            <Button variant="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              {t('common.remove')}
              <span className="visually-hidden">
                {' '}
                {doc.name || t('catalogue.document.number', { n: index + 1 })}
              </span>
            </Button>
          </div>
        ))}
      </div>
      <p>
        <Button
          variant="secondary"
          onClick={() =>
            onChange([...value, { key: nextKey(), id: null, name: '', form: 'original', note: '' }])
          }
        >
          {t('catalogue.document.add')}
        </Button>
      </p>
    </fieldset>
  );
}
