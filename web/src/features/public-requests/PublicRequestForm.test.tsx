import type { PublicCentre } from '@valiza/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeCurrentLocale } from '../../i18n/current-locale';
import { json, stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { PublicRequestForm } from './PublicRequestForm';

const SERVICE_ID = '0190a3f4-7c1e-7000-8000-0000000000a2';
const LOCALITY_ID = '0190a3f4-7c1e-7000-8000-0000000000c1';
const centre: PublicCentre = {
  slug: 'kamianske',
  name: 'ЦНАП м. Кам’янське',
  address: null,
  phone: '+380569000001',
  categories: [
    { code: 'aged_80_plus', name: '80 років і більше', nameEn: 'Aged 80 or more', evidence: 'Паспорт' },
  ],
  services: [
    {
      id: SERVICE_ID,
      name: 'Довідка про зареєстроване місце проживання',
      nameEn: 'Residence certificate',
      fee: { kind: 'free' },
      documents: [{ name: 'Паспорт', form: 'original', note: null }],
    },
  ],
  localities: [{ id: LOCALITY_ID, name: 'Романкове' }],
};

beforeEach(() => changeCurrentLocale('uk'));
afterEach(() => vi.unstubAllGlobals());

function setUp() {
  const calls = stubFetch({ 'POST /api/v1/public/requests': json(201, { number: 'КАМ-2026-000041' }) });
  const onAccepted = vi.fn();
  renderWithApp(<PublicRequestForm centre={centre} onAccepted={onAccepted} />);
  const fill = (label: string | RegExp, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  fill('Ваше ім’я', 'Петрук Ірина');
  fill(/^Прізвище, ім’я та по батькові людини/, 'Петрук Ганна Іванівна');
  fill('Населений пункт', LOCALITY_ID);
  fill(/^Адреса/, 'вул. Шевченка, 3');
  fill(/^Номер телефону/, '067 555 01 02');
  return { calls, onAccepted, user: userEvent.setup({ delay: null }) };
}

describe('the public request form', { timeout: 30_000 }, () => {
  it('hides the robot trap from people and screen readers', () => {
    setUp();
    expect(screen.queryByRole('textbox', { name: 'Не заповнюйте це поле' })).toBeNull();
    const trap = document.querySelector('input[name="website"]')!;
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('does not send without a service, the consent and the liability check-box', async () => {
    const { calls, user } = setUp();
    await user.click(screen.getByRole('button', { name: 'Надіслати заявку' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByText(/Без згоди ми не можемо прийняти заявку/).length).toBeGreaterThan(0);
    expect(within(summary).getAllByText(/знаєте про відповідальність/).length).toBeGreaterThan(0);
    expect(within(summary).getAllByText(/Оберіть хоча б одну послугу/).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
  });

  it('sends the short form with a +380 phone and gives the request number', async () => {
    const { calls, onAccepted, user } = setUp();
    await user.click(screen.getByLabelText('Довідка про зареєстроване місце проживання'));
    await user.click(screen.getByLabelText(/^Я згоден/));
    await user.click(screen.getByLabelText(/^Я знаю, що за неправдиві відомості/));
    await user.click(screen.getByRole('button', { name: 'Надіслати заявку' }));
    await vi.waitFor(() => expect(onAccepted).toHaveBeenCalledWith('КАМ-2026-000041'));
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      centre: 'kamianske',
      requester: { kind: 'relative', name: 'Петрук Ірина' },
      applicantName: 'Петрук Ганна Іванівна',
      placeKind: 'home',
      localityId: LOCALITY_ID,
      localityName: null,
      address: 'вул. Шевченка, 3',
      hospitalName: null,
      serviceIds: [SERVICE_ID],
      category: null,
      phone: '+380675550102',
      note: null,
      consent: true,
      liability: true,
    });
  });
});
