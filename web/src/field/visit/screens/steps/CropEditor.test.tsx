import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../../../i18n/current-locale';
import { renderWithApp } from '../../../../test/render';
import { CropEditor } from './CropEditor';

beforeEach(() => changeCurrentLocale('uk'));

function renderEditor() {
  const onApply = vi.fn();
  const onCancel = vi.fn();
  renderWithApp(<CropEditor imageUrl="data:," label="Сторінка 1" onApply={onApply} onCancel={onCancel} />);
  return { onApply, onCancel };
}

describe('the crop frame', () => {
  it('moves its edges with the keyboard: arrows by 1 %, with Shift by 10 %, Home and End to the side', async () => {
    const user = userEvent.setup();
    const { onApply } = renderEditor();
    const left = screen.getByRole('slider', { name: 'Лівий край' });
    left.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
    expect(left).toHaveAttribute('aria-valuenow', '12');
    const bottom = screen.getByRole('slider', { name: 'Нижній край' });
    bottom.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(bottom).toHaveAttribute('aria-valuenow', '97');
    const top = screen.getByRole('slider', { name: 'Верхній край' });
    top.focus();
    await user.keyboard('{End}'); // stops short of the bottom edge
    expect(top).toHaveAttribute('aria-valuenow', '87');
    await user.keyboard('{Home}');
    await user.click(screen.getByRole('button', { name: 'Обрізати' }));
    const crop = onApply.mock.calls[0]![0];
    expect(crop.left).toBeCloseTo(0.12);
    expect(crop.top).toBe(0);
    expect(crop.right).toBe(1);
    expect(crop.bottom).toBeCloseTo(0.97);
  });

  it('follows a pointer (finger, pen or mouse) dragging a corner', () => {
    const { onApply } = renderEditor();
    const frame = document.querySelector<HTMLElement>('.crop-editor__frame')!;
    frame.getBoundingClientRect = () => ({ left: 100, top: 50, width: 400, height: 600 }) as DOMRect;
    const corner = document.querySelector<HTMLElement>('[data-grip="bottom-right"]')!;
    fireEvent.pointerDown(corner, { pointerId: 1, clientX: 500, clientY: 650 });
    fireEvent.pointerMove(corner, { pointerId: 1, clientX: 400, clientY: 500 });
    fireEvent.pointerUp(corner, { pointerId: 1 });
    fireEvent.pointerMove(corner, { pointerId: 1, clientX: 120, clientY: 60 }); // after release: ignored
    fireEvent.click(screen.getByRole('button', { name: 'Обрізати' }));
    expect(onApply.mock.calls[0]![0]).toEqual({ left: 0, top: 0, right: 0.75, bottom: 0.75 });
  });

  it('goes back to the whole page, and cancels', async () => {
    const user = userEvent.setup();
    const { onApply, onCancel } = renderEditor();
    screen.getByRole('slider', { name: 'Правий край' }).focus();
    await user.keyboard('{PageUp}');
    await user.click(screen.getByRole('button', { name: 'Уся сторінка' }));
    await user.click(screen.getByRole('button', { name: 'Обрізати' }));
    expect(onApply).toHaveBeenCalledWith({ left: 0, top: 0, right: 1, bottom: 1 });
    await user.click(screen.getByRole('button', { name: 'Скасувати' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
