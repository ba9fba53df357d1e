import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../i18n/current-locale';
import { renderWithApp } from '../test/render';
import { DateField } from './DateField';

beforeEach(() => changeCurrentLocale('uk'));

function Harness({ onChange }: { onChange: (v: string) => void }) {
  const [value, setValue] = useState<string>('2026-11-23');
  return (
    <>
      <DateField
        name="day"
        label="День"
        value={value}
        onChange={(v) => {
          setValue(v);
          onChange(v);
        }}
      />
      <button type="button" onClick={() => setValue('2026-12-01')}>
        далі
      </button>
    </>
  );
}

describe('a date typed as дд.мм.рррр', () => {
  it('shows the day in the Ukrainian format and hands over only real days', { timeout: 30_000 }, async () => {
    const onChange = vi.fn();
    renderWithApp(<Harness onChange={onChange} />);
    const field = screen.getByLabelText('День');
    expect(field).toHaveValue('23.11.2026');
    expect(field).toHaveAccessibleDescription('дд.мм.рррр');
    expect(field).not.toHaveAttribute('type', 'date');

    await userEvent.clear(field);
    expect(onChange).toHaveBeenLastCalledWith('');
    await userEvent.type(field, '31.02.202');
    await userEvent.type(field, '6');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(field).toHaveValue('31.02.2026');

    await userEvent.clear(field);
    await userEvent.type(field, '05.01.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-01-05');

    await userEvent.click(screen.getByRole('button', { name: 'далі' }));
    expect(field).toHaveValue('01.12.2026');
  });
});
