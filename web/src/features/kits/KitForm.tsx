import { useRef, useState } from 'react';
import { Kit, KitBody } from '@valiza/domain';
import { api } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n-context';
import { textOrNull } from '../../i18n/parse';
import { LinkButton } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Form } from '../../ui/Form';
import { TextField } from '../../ui/TextField';
import { validate } from '../../ui/validate';
import { ComponentsEditor, type ComponentDraft } from './ComponentsEditor';

const CODE_FIELDS = { 'org.code_taken': 'code' };

interface KitFormProps {
  kit?: Kit;
  onSaved: (kit: Kit) => void;
}

/** Adding a kit or changing one: code, inventory number, parts, notes, in use or not. */
export function KitForm({ kit, onSaved }: KitFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const counter = useRef(0);
  const nextKey = () => (counter.current += 1);
  const [code, setCode] = useState(kit?.code ?? '');
  const [inventory, setInventory] = useState(kit?.inventoryNumber ?? '');
  const [notes, setNotes] = useState(kit?.notes ?? '');
  const [active, setActive] = useState(kit?.active ?? true);
  const [components, setComponents] = useState<ComponentDraft[]>(() =>
    (kit?.components ?? []).map((c, index) => ({ key: -1 - index, name: c.name, serial: c.serial ?? '' })),
  );

  const submit = async () => {
    const body = validate(
      KitBody,
      {
        code,
        inventoryNumber: textOrNull(inventory),
        components: components.map((c) => ({ name: c.name, serial: textOrNull(c.serial) })),
        notes: textOrNull(notes),
        active,
      },
      locale,
    );
    onSaved(
      kit ? await api.put(`/api/v1/kits/${kit.id}`, body, Kit) : await api.post('/api/v1/kits', body, Kit),
    );
  };

  return (
    <Form
      onSubmit={submit}
      submitLabel={kit ? t('common.save') : t('kits.add')}
      codeFields={CODE_FIELDS}
      actions={<LinkButton to="/kits">{t('common.cancel')}</LinkButton>}
    >
      <TextField
        name="code"
        label={t('kits.code')}
        hint={t('kits.code.hint')}
        value={code}
        onChange={setCode}
        width="medium"
        spellCheck={false}
      />
      <TextField
        name="inventoryNumber"
        label={t('kits.inventoryNumber')}
        value={inventory}
        onChange={setInventory}
        optional
        width="medium"
        spellCheck={false}
      />
      <ComponentsEditor value={components} onChange={setComponents} nextKey={nextKey} />
      <TextField
        name="notes"
        label={t('kits.notes')}
        hint={t('kits.notes.hint')}
        value={notes}
        onChange={setNotes}
        optional
        multiline
      />
      <Checkbox
        name="active"
        label={t('kits.active')}
        hint={t('kits.active.hint')}
        checked={active}
        onChange={setActive}
      />
    </Form>
  );
}
