/** The centre's settings. */
export const centre = {
  'centre.title': 'Налаштування ЦНАП',
  'centre.lead.head': 'Ці дані бачать працівники й люди, які звертаються до ЦНАП.',
  'centre.lead.staff': 'Змінювати ці дані може керівник ЦНАП.',
  'centre.name': 'Назва',
  'centre.code': 'Код',
  'centre.address': 'Адреса',
  'centre.phone': 'Телефон',
  'centre.email': 'Електронна пошта',
  'centre.hours': 'Графік роботи',
  'centre.hours.hint':
    'Позначте вихідні дні; для робочих укажіть час початку й кінця роботи, наприклад 08:00 і 17:00.',
  'centre.hours.closed': 'Вихідний',
  'centre.hours.from': 'Початок',
  'centre.hours.to': 'Кінець',
  'centre.hours.range': '{from}–{to}',
  'centre.hours.endBeforeStart': 'Кінець роботи має бути пізніше за початок.',
  'centre.martialLaw': 'Діє воєнний стан',
  'centre.martialLaw.on':
    'Поки діє воєнний стан, святкові дні є робочими: строки рахуються так, ніби свят немає.',
  'centre.martialLaw.off':
    'Коли воєнний стан скасують, зніміть позначку — святкові дні знову стануть вихідними й продовжуватимуть строки.',
  'centre.conflict.title': 'Дані змінилися',
  'centre.conflict.text':
    'Поки ви редагували, хтось інший зберіг ці налаштування. На сторінці тепер свіжі дані; внесіть свої зміни ще раз.',
};
