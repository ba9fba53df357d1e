/** Outreach points. */
export const outreach = {
  'outreach.title': 'Пункти обслуговування',
  'outreach.lead': 'Постійні місця, куди мобільний ЦНАП приїжджає за графіком: будинок культури, старостат.',
  'outreach.caption': 'Пункти обслуговування ЦНАП',
  'outreach.empty': 'Пунктів обслуговування ще немає.',
  'outreach.add': 'Додати пункт',
  'outreach.created': 'Пункт «{name}» додано.',
  'outreach.saved': 'Зміни до пункту «{name}» збережено.',
  'outreach.edit.title': 'Змінити пункт обслуговування',
  'outreach.name': 'Назва',
  'outreach.name.hint': 'Як його знають люди, наприклад: Будинок культури, Карнаухівка.',
  'outreach.address': 'Адреса',
  'outreach.locality': 'Населений пункт',
  'outreach.usualHours': 'Звичайний час прийому',
  'outreach.usualHours.hint': 'Наприклад: вівторок 10:00–13:00.',
  'outreach.active': 'Пункт працює',
  'outreach.active.hint': 'Зніміть позначку, якщо прийом тут більше не ведуть.',
};
