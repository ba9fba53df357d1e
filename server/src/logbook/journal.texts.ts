import type { Locale } from '@valiza/domain';

/** The words of the printed journal, its exports and the receipt in one language. */
export interface JournalTexts {
  title: string;
  sheet: string;
  period: (from: string, to: string) => string;
  printed: (at: string) => string;
  page: (n: number, of: number) => string;
  empty: string;
  columns: readonly string[];
  place: Record<string, string>;
  forward: Record<string, string>;
  decision: Record<string, string>;
  delivery: Record<string, string>;
  representative: string;
  late: string;
  overdue: string;
  documents: (count: number, pages: number) => string;
  tracking: string;
  /** Under the number of a correction: the entry it corrects. */
  corrects: (number: string) => string;
  /** Under the number of a corrected entry: the correction that replaced it. */
  correctedBy: (number: string) => string;
  receipt: {
    title: string;
    number: string;
    received: string;
    service: string;
    provider: string;
    applicant: string;
    decision: string;
    delivered: string;
    method: string;
    sign: string;
  };
}

const UK: JournalTexts = {
  title: 'Журнал обліку прийому заяв та наданих адміністративних послуг',
  sheet: 'Журнал',
  period: (from, to) => `за період з ${from} по ${to}`,
  printed: (at) => `Сформовано ${at}. Записи журналу захищено ланцюжком хешів.`,
  page: (n, of) => `Аркуш ${n} з ${of}`,
  empty: 'За цей період заяв немає.',
  columns: [
    '№ з/п',
    'Номер, дата і час прийому',
    'Місце прийому, адміністратор',
    "Суб'єкт звернення (представник), контакти",
    'Послуга',
    "Суб'єкт надання",
    'Документи',
    'Передати до',
    'Передано (дата, спосіб)',
    'Строк розгляду до',
    'Рішення',
    'Результат отримано',
    'Видано (дата, спосіб)',
  ],
  place: { mobile_visit: 'виїзд', outreach_point: 'пункт обслуговування', centre: 'ЦНАП' },
  forward: { e_registry: 'електронно', courier: 'кур’єром (папір)', email: 'ел. поштою' },
  decision: { granted: 'надано', refused: 'відмова', returned: 'повернуто без розгляду' },
  delivery: {
    pickup: 'особисто в ЦНАП',
    post: 'поштою',
    courier: 'кур’єром',
    repeat_visit: 'повторний виїзд',
    electronic: 'електронно',
  },
  representative: 'представник',
  late: 'із запізненням',
  overdue: 'ПРОСТРОЧЕНО',
  documents: (count, pages) => `${count} док.${pages > 0 ? `, ${pages} арк.` : ''}`,
  tracking: 'трек',
  corrects: (number) => `виправляє № ${number}`,
  correctedBy: (number) => `виправлено записом № ${number}`,
  receipt: {
    title: 'Розписка про отримання результату адміністративної послуги',
    number: 'Заява №',
    received: 'Прийнято',
    service: 'Послуга',
    provider: "Суб'єкт надання",
    applicant: "Суб'єкт звернення",
    decision: 'Рішення',
    delivered: 'Видано',
    method: 'Спосіб видачі',
    sign: 'Результат отримав(-ла): ____________________ (підпис)      Видав: ____________________ (підпис)',
  },
};

const EN: JournalTexts = {
  title: 'Logbook of applications received and administrative services delivered',
  sheet: 'Logbook',
  period: (from, to) => `for the period from ${from} to ${to}`,
  printed: (at) => `Produced ${at}. The logbook's records are protected by a hash chain.`,
  page: (n, of) => `Sheet ${n} of ${of}`,
  empty: 'No applications in this period.',
  columns: [
    'No.',
    'Number, date and time received',
    'Where received, administrator',
    'Applicant (representative), contacts',
    'Service',
    'Provider',
    'Documents',
    'Forward by',
    'Forwarded (date, how)',
    'Provider due',
    'Decision',
    'Result received',
    'Delivered (date, how)',
  ],
  place: { mobile_visit: 'field visit', outreach_point: 'outreach point', centre: 'centre' },
  forward: { e_registry: 'e-registry', courier: 'courier (paper)', email: 'e-mail' },
  decision: { granted: 'granted', refused: 'refused', returned: 'returned without action' },
  delivery: {
    pickup: 'in person at the centre',
    post: 'by post',
    courier: 'by courier',
    repeat_visit: 'repeat visit',
    electronic: 'electronically',
  },
  representative: 'representative',
  late: 'late',
  overdue: 'OVERDUE',
  documents: (count, pages) =>
    `${count} doc.${pages > 0 ? `, ${pages} ${pages === 1 ? 'page' : 'pages'}` : ''}`,
  tracking: 'tracking',
  corrects: (number) => `corrects No. ${number}`,
  correctedBy: (number) => `corrected by No. ${number}`,
  receipt: {
    title: 'Receipt for the result of an administrative service',
    number: 'Application No.',
    received: 'Received',
    service: 'Service',
    provider: 'Provider',
    applicant: 'Applicant',
    decision: 'Decision',
    delivered: 'Delivered',
    method: 'How delivered',
    sign: 'Result received by: ____________________ (signature)      Handed over by: ____________________ (signature)',
  },
};

/** The journal's words in the requester's language (Ukrainian, the centre's records, by default). */
export function journalText(locale: Locale = 'uk'): JournalTexts {
  return locale === 'en' ? EN : UK;
}
