import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@valiza/domain';
import { listOutbox } from '../../field';
import { wipeFieldDb } from '../../field/local-db';
import { lock, setUpDevice } from '../../field/session';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { renderWithApp } from '../../test/render';
import { QuestionnaireForm } from './QuestionnaireForm';

beforeEach(async () => {
  changeCurrentLocale('uk');
  await lock();
  await wipeFieldDb();
  await setUpDevice('482916', async () => ({
    id: uuidv7(),
    label: 'test',
    personId: uuidv7(),
    personName: 'Андрій Мельник',
    credential: 'secret-credential',
    publicUrl: 'https://valiza.example.ua',
    expiresAt: '2099-12-01T00:00:00.000Z',
  }));
});

describe('the questionnaire at the visit', () => {
  it('puts an anonymous feedback.questionnaire command in the field outbox', async () => {
    renderWithApp(<QuestionnaireForm />);
    const user = userEvent.setup({ delay: null });
    const group = (name: string) => screen.getByRole('group', { name });
    await user.click(group('Наскільки ввічливо вас обслужили?').querySelector('input[value="5"]')!);
    await user.click(group('Чи все вам зрозуміло пояснили?').querySelector('input[value="4"]')!);
    await user.click(group('Наскільки ви задоволені загалом?').querySelector('input[value="5"]')!);
    await user.click(screen.getByLabelText('Не хочу відповідати'));
    await user.click(screen.getByRole('button', { name: 'Зберегти анкету' }));
    await screen.findByText(/Анкету збережено/);
    const [entry] = await listOutbox();
    expect(entry).toMatchObject({
      type: 'feedback.questionnaire',
      command: {
        formatVersion: 1,
        payload: { politeness: 5, clarity: 4, satisfaction: 5, askedForMoney: null, kind: null, text: null },
      },
    });
  }, 30_000);
});
