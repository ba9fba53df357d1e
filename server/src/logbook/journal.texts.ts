/** The words of the printed journal, its exports and the receipt (Ukrainian: the centre's records). */
export const JOURNAL_TEXT = {
  title: 'Журнал обліку прийому заяв та наданих адміністративних послуг',
  period: (from: string, to: string) => `за період з ${from} по ${to}`,
  printed: (at: string) => `Сформовано ${at}. Записи журналу захищено ланцюжком хешів.`,
  page: (n: number, of: number) => `Аркуш ${n} з ${of}`,
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
  place: { mobile_visit: 'виїзд', outreach_point: 'пункт обслуговування', centre: 'ЦНАП' } as Record<
    string,
    string
  >,
  forward: { e_registry: 'електронно', courier: 'кур’єром (папір)', email: 'ел. поштою' } as Record<
    string,
    string
  >,
  decision: { granted: 'надано', refused: 'відмова', returned: 'повернуто без розгляду' } as Record<
    string,
    string
  >,
  delivery: {
    pickup: 'особисто в ЦНАП',
    post: 'поштою',
    courier: 'кур’єром',
    repeat_visit: 'повторний виїзд',
    electronic: 'електронно',
  } as Record<string, string>,
  representative: 'представник',
  late: 'із запізненням',
  overdue: 'ПРОСТРОЧЕНО',
  documents: (count: number, pages: number) => `${count} док.${pages > 0 ? `, ${pages} арк.` : ''}`,
  tracking: 'трек',
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
} as const;
