import type { ServiceBody } from '@valiza/domain';
import { actorFor } from '../auth/auth.service.js';
import { updateCentreCategories } from '../catalogue/category.service.js';
import { createService } from '../catalogue/service.service.js';
import type { DemoContext } from './demo.js';
import { centreHasServices } from './demo-intake.repository.js';

/**
 * A Ukrainian IBAN with its check digits for an invented account (ISO 13616: the remainder of the
 * rearranged number by 97 must be 1). Demo payment details must pass the same checks as real ones.
 */
function demoIban(bank: string, account: string): string {
  const digits = `${bank}${account}` + '3010' + '00';
  let remainder = 0;
  for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  return `UA${String(98 - remainder).padStart(2, '0')}${bank}${account}`;
}

const TREASURY = demoIban('899998', '0000033219879026041');
const FEE = (amountKopiyky: number, purpose: string) =>
  ({
    kind: 'paid',
    amountKopiyky,
    recipient: 'ГУК у області / тергромада / 22012500',
    iban: TREASURY,
    recipientCode: '37988155',
    purpose,
  }) as const;

const doc = (name: string, form: 'original' | 'copy' = 'original', note: string | null = null) => ({
  name,
  form,
  note,
});
const PASSPORT = doc('Паспорт громадянина України або ID-картка', 'original');
const TAX_NUMBER = doc('Реєстраційний номер облікової картки платника податків (РНОКПП)', 'copy', 'якщо є');

/**
 * The services the seeds name. Document lists are plausible samples, marked as demonstration data
 * until the head checks them against the law.
 */
const SERVICES: ServiceBody[] = [
  service(
    'REG-RES',
    'Реєстрація місця проживання',
    'Registration of residence',
    'Виконавчий орган ради',
    FEE(1445, 'Адміністративний збір за реєстрацію місця проживання'),
    1,
    'working',
    [
      PASSPORT,
      doc('Заява про реєстрацію місця проживання'),
      doc(
        'Документ, що підтверджує право на проживання',
        'copy',
        'договір, свідоцтво про право власності або згода власника',
      ),
    ],
    25,
  ),
  service(
    'DEREG-RES',
    'Зняття з реєстрації місця проживання',
    'Deregistration of residence',
    'Виконавчий орган ради',
    { kind: 'free' },
    1,
    'working',
    [PASSPORT, doc('Заява про зняття з реєстрації')],
    20,
  ),
  service(
    'OWNER-CONSENT',
    'Згода власника житла на реєстрацію',
    "Owner's consent to registration",
    'Виконавчий орган ради',
    { kind: 'free' },
    null,
    'calendar',
    [
      PASSPORT,
      doc('Документ про право власності на житло', 'copy'),
      doc('Письмова згода власника (співвласників)'),
    ],
    20,
  ),
  service(
    'RES-CERT',
    'Довідка про зареєстроване місце проживання',
    'Residence certificate',
    'Виконавчий орган ради',
    { kind: 'free' },
    1,
    'working',
    [PASSPORT],
    10,
  ),
  service(
    'PHOTO-25',
    'Вклеювання фотокартки в паспорт після 25 років',
    'Gluing a photo into the passport book at 25',
    'Державна міграційна служба',
    { kind: 'free' },
    3,
    'working',
    [PASSPORT, doc('Дві фотокартки 3,5×4,5 см'), doc('Заява')],
    25,
  ),
  service(
    'PHOTO-45',
    'Вклеювання фотокартки в паспорт після 45 років',
    'Gluing a photo into the passport book at 45',
    'Державна міграційна служба',
    { kind: 'free' },
    3,
    'working',
    [PASSPORT, doc('Дві фотокартки 3,5×4,5 см'), doc('Заява')],
    25,
  ),
  service(
    'LAND-REG',
    'Державна реєстрація земельної ділянки',
    'Land plot registration',
    'Державний кадастровий реєстратор (Держгеокадастр)',
    { kind: 'free' },
    14,
    'working',
    [
      PASSPORT,
      TAX_NUMBER,
      doc('Технічна документація із землеустрою', 'original', 'в електронному вигляді'),
      doc('Документ про право на земельну ділянку', 'copy'),
    ],
    40,
  ),
  service(
    'PROPERTY-REG',
    'Державна реєстрація права власності на нерухоме майно',
    'Property rights registration',
    'Державний реєстратор речових прав',
    FEE(18200, 'Адміністративний збір за державну реєстрацію речових прав'),
    5,
    'working',
    [PASSPORT, TAX_NUMBER, doc('Документ, що підтверджує виникнення права власності')],
    40,
  ),
  service(
    'SUBSIDY',
    'Призначення житлової субсидії',
    'Housing subsidy',
    'Управління соціального захисту населення',
    { kind: 'free' },
    10,
    'working',
    [
      PASSPORT,
      TAX_NUMBER,
      doc('Заява і декларація про доходи та майно'),
      doc('Довідка про доходи', 'original', 'за потреби'),
    ],
    35,
  ),
  service(
    'SOCIAL-AID',
    'Призначення державної соціальної допомоги',
    'State social benefit',
    'Управління соціального захисту населення',
    { kind: 'free' },
    10,
    'working',
    [PASSPORT, TAX_NUMBER, doc('Заява'), doc('Довідка про склад сім’ї або зареєстрованих осіб')],
    30,
  ),
  service(
    'ID-CARD',
    'Оформлення паспорта у формі ID-картки',
    'ID card',
    'Державна міграційна служба',
    FEE(27900, 'Плата за оформлення ID-картки'),
    20,
    'working',
    [doc('Свідоцтво про народження або паспорт'), TAX_NUMBER],
    40,
    false,
  ),
];

function service(
  code: string,
  name: string,
  nameEn: string,
  provider: string,
  fee: ServiceBody['fee'],
  termDays: number | null,
  termKind: ServiceBody['termKind'],
  documents: ServiceBody['documents'],
  estimatedMinutes: number,
  fieldDeliverable = true,
): ServiceBody {
  return {
    code,
    name,
    nameEn,
    provider,
    fieldDeliverable,
    fee,
    termDays,
    termKind,
    documents,
    estimatedMinutes,
    demonstration: true,
    active: true,
  };
}

const CATEGORIES = {
  kamianske: ['aged_80_plus', 'immobile', 'inpatient'],
  pyriatyn: ['aged_80_plus', 'remote_locality', 'inpatient'],
} as const;

/** Each demo centre's catalogue and the categories it serves. */
export async function seedDemoCatalogue(ctx: DemoContext): Promise<void> {
  for (const [slug, head] of [
    ['kamianske', 'kam.head'],
    ['pyriatyn', 'pyr.head'],
  ] as const) {
    const centreId = ctx.org.centres[slug].id;
    if (await centreHasServices(ctx.db, centreId)) continue;
    const actor = await actorFor(ctx.db, ctx.org.persons[head]!, null);
    if (!actor) throw new Error(`The demo head ${head} is missing.`);
    for (const body of SERVICES) await createService(ctx.db, actor, body);
    await updateCentreCategories(ctx.db, actor, {
      categories: CATEGORIES[slug].map((code) => ({ code, enabled: true, evidence: evidenceOf(code) })),
    });
  }
}

function evidenceOf(code: string): string {
  if (code === 'aged_80_plus') return 'Паспорт (дата народження)';
  if (code === 'immobile') return 'Медична довідка або висновок лікаря';
  if (code === 'inpatient') return 'Довідка лікарні про стаціонарне лікування';
  return 'Адреса в населеному пункті, позначеному як віддалений';
}
