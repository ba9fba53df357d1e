import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../api/errors';
import { renderWithApp } from '../test/render';
import { Form } from './Form';
import { TextField } from './TextField';

function StaffForm({ onSubmit }: { onSubmit: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [login, setLogin] = useState('');
  return (
    <Form onSubmit={onSubmit} submitLabel="Додати" codeFields={{ 'org.login_taken': 'login' }}>
      <TextField name="name" label="Ім’я" hint="Як у паспорті." value={name} onChange={setName} />
      <TextField name="login" label="Логін" value={login} onChange={setLogin} />
    </Form>
  );
}

describe('Form', () => {
  it('shows a refused submit in a focused summary and under each field', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, 'validation.failed', 'server text', [
        { path: 'name', code: 'too_small', message: 'Обов’язкове поле.' },
        { path: 'phone', code: 'invalid', message: 'Неправильне значення.' },
      ]);
    });
    renderWithApp(<StaffForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Додати' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Дані заповнено неправильно. Перевірте позначені поля.');
    const link = screen.getByRole('link', { name: 'Ім’я: Обов’язкове поле.' });
    const name = screen.getByLabelText('Ім’я');
    expect(link).toHaveAttribute('href', `#${name.id}`);
    expect(summary).toHaveTextContent('Неправильне значення.');

    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Як у паспорті. Помилка: Обов’язкове поле.');
    expect(screen.getByLabelText('Логін')).not.toHaveAttribute('aria-invalid');

    await userEvent.click(link);
    expect(name).toHaveFocus();
  });

  it('puts an error whose code names a field under that field', async () => {
    renderWithApp(
      <StaffForm
        onSubmit={async () => {
          throw new ApiError(409, 'org.login_taken', 'server text');
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Додати' }));
    const login = await screen.findByLabelText('Логін');
    await waitFor(() => expect(login).toHaveAttribute('aria-invalid', 'true'));
    expect(login).toHaveAccessibleDescription('Помилка: Такий логін уже використовується.');
    const summary = screen.getByRole('alert');
    expect(summary.textContent?.match(/Такий логін уже використовується/g)).toHaveLength(1);
  });

  it('says when the server cannot be reached, and clears the summary after a good submit', async () => {
    let fail = true;
    renderWithApp(
      <StaffForm
        onSubmit={async () => {
          if (fail) throw new NetworkError();
        }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Додати' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Немає з’єднання з сервером.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Додати' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('sends once while a submit is under way', async () => {
    let release = () => undefined as void;
    const onSubmit = vi.fn(() => new Promise<void>((done) => (release = done)));
    renderWithApp(<StaffForm onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Додати' });
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Надсилання…' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    release();
    await screen.findByRole('button', { name: 'Додати' });
  });
});
