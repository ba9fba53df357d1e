import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DocumentsEditor, type DocumentDraft } from '../features/catalogue/DocumentsEditor';
import { ComponentsEditor, type ComponentDraft } from '../features/kits/ComponentsEditor';
import { changeCurrentLocale } from '../i18n/current-locale';
import { renderWithApp } from '../test/render';

let seen: unknown[] = [];

function Documents({ initial }: { initial: DocumentDraft[] }) {
  const [value, setValue] = useState(initial);
  const key = useRef(100);
  return (
    <DocumentsEditor
      value={value}
      onChange={(next) => {
        seen = next;
        setValue(next);
      }}
      nextKey={() => ++key.current}
    />
  );
}

function Components() {
  const [value, setValue] = useState<ComponentDraft[]>([]);
  const key = useRef(0);
  return (
    <ComponentsEditor
      value={value}
      onChange={(next) => {
        seen = next;
        setValue(next);
      }}
      nextKey={() => ++key.current}
    />
  );
}

beforeEach(() => {
  changeCurrentLocale('uk');
  seen = [];
});

describe('lists edited in place', { timeout: 30_000 }, () => {
  it("edits a service's documents: change a row, add one, remove one by its name", async () => {
    const user = userEvent.setup();
    const passport: DocumentDraft = { key: 1, id: 'doc-1', name: 'Паспорт', form: 'original', note: '' };
    renderWithApp(<Documents initial={[passport]} />);
    const first = screen.getByRole('group', { name: 'Документ 1' });
    await user.type(within(first).getByLabelText(/Примітка/), 'з 14 років');
    await user.click(screen.getByRole('button', { name: 'Додати документ' }));
    const second = screen.getByRole('group', { name: 'Документ 2' });
    await user.type(within(second).getByLabelText('Назва документа'), 'Фото');
    await user.selectOptions(within(second).getByLabelText('Оригінал чи копія'), 'copy');
    expect(seen).toEqual([
      { ...passport, note: 'з 14 років' },
      { key: expect.any(Number), id: null, name: 'Фото', form: 'copy', note: '' },
    ]);
    await user.click(screen.getByRole('button', { name: /^Вилучити\s*Паспорт$/ }));
    expect(seen).toEqual([expect.objectContaining({ name: 'Фото' })]);
    expect(screen.queryByRole('group', { name: 'Документ 2' })).not.toBeInTheDocument();
  });

  it("edits a kit's parts; an unnamed row is removed by its number", async () => {
    const user = userEvent.setup();
    renderWithApp(<Components />);
    await user.click(screen.getByRole('button', { name: 'Додати складову' }));
    await user.click(screen.getByRole('button', { name: 'Додати складову' }));
    const first = screen.getByRole('group', { name: 'Складова 1' });
    await user.type(within(first).getByLabelText('Назва'), 'Ноутбук');
    await user.type(within(first).getByLabelText(/Серійний номер/), 'SN-1');
    await user.click(screen.getByRole('button', { name: /^Вилучити\s*Складова 2$/ }));
    expect(seen).toEqual([{ key: expect.any(Number), name: 'Ноутбук', serial: 'SN-1' }]);
  });
});
