import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { Button } from './Button';

interface ListEditorProps<Item extends { key: number }> {
  legend: string;
  hint: string;
  addLabel: string;
  value: readonly Item[];
  onChange: (value: Item[]) => void;
  /** A fresh, empty row for "add". */
  newItem: () => Item;
  /** How a row is called for screen readers, e.g. "Document 2". */
  rowLabel: (index: number) => string;
  /** What the remove button of a row names after "Remove" (the row's name, or its label when empty). */
  itemName: (item: Item, index: number) => string;
  /** The fields of a row; `change` patches that row. */
  children: (item: Item, index: number, change: (patch: Partial<Item>) => void) => ReactNode;
}

/**
 * A list edited in place — a service's documents, a kit's parts: one labelled group of fields a row,
 * each with its own remove button, and an add button below.
 */
export function ListEditor<Item extends { key: number }>({
  legend,
  hint,
  addLabel,
  value,
  onChange,
  newItem,
  rowLabel,
  itemName,
  children,
}: ListEditorProps<Item>) {
  const t = useT();
  const change = (index: number) => (patch: Partial<Item>) =>
    onChange(value.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <p className="field__hint">{hint}</p>
      <div className="rows">
        {value.map((item, index) => (
          <div key={item.key} className="row-edit" role="group" aria-label={rowLabel(index)}>
            {children(item, index, change(index))}
            <Button variant="secondary" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              {t('common.remove')}
              <span className="visually-hidden"> {itemName(item, index) || rowLabel(index)}</span>
            </Button>
          </div>
        ))}
      </div>
      <p>
        <Button variant="secondary" onClick={() => onChange([...value, newItem()])}>
          {addLabel}
        </Button>
      </p>
    </fieldset>
  );
}
