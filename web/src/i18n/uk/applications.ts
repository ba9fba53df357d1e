/** The plain list of applications (the logbook's rows). */
export const applications = {
  'applications.title': 'Заяви',
  'applications.lead':
    'Заяви, зареєстровані на виїздах і в пунктах обслуговування. Заява вважається отриманою, коли надійшли всі її файли.',
  'applications.caption': 'Заяви ЦНАП, спершу найновіші',
  'applications.empty': 'Заяв ще немає.',
  'applications.number': 'Номер',
  'applications.receivedAt': 'Отримано',
  'applications.applicant': 'Заявник',
  'applications.service': 'Послуга',
  'applications.administrator': 'Адміністратор',
  'applications.files': 'Файли',
  'applications.files.complete': 'Усі надійшли',
  'applications.files.waiting': 'Очікуються',
};
