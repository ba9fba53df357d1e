/** The main menu and the home page tiles. */
export const nav = {
  'nav.label': 'Основне меню',
  'nav.home': 'Головна',
  'nav.centre': 'ЦНАП',
  'nav.centre.description': 'Назва, адреса, контакти, графік роботи, воєнний стан.',
  'nav.staff': 'Працівники',
  'nav.staff.description': 'Хто працює в ЦНАП, їхні ролі та доступ.',
  'nav.kits': 'Мобільні валізи',
  'nav.kits.description': 'Комплекти обладнання для виїздів і їхній стан.',
  'nav.outreach': 'Пункти обслуговування',
  'nav.outreach.description': 'Місця, де мобільний ЦНАП приймає людей за графіком.',
  'nav.localities': 'Населені пункти',
  'nav.localities.description': 'Села й міста громади, віддалені населені пункти.',
  'nav.admin': 'Адміністрування',
  'nav.admin.description': 'Області, громади, ЦНАП і їхні керівники.',
  'nav.password': 'Змінити пароль',
};
