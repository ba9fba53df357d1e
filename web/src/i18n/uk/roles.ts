/** Staff roles: a short name and one plain sentence of what the role does. */
export const roles = {
  'role.operator': 'Оператор',
  'role.operator.description': 'Приймає звернення телефоном і в ЦНАП, записує заявки на виїзд.',
  'role.administrator': 'Адміністратор',
  'role.administrator.description': 'Виїжджає до людей із мобільною валізою, приймає й реєструє документи.',
  'role.head': 'Керівник',
  'role.head.description': 'Затверджує графік виїздів, керує працівниками, валізами та налаштуваннями ЦНАП.',
  'role.technician': 'Технічний працівник',
  'role.technician.description': 'Тримає валізи напоготові: заряд, зв’язок, картриджі, оновлення.',
  'role.quality': 'Контроль якості',
  'role.quality.description': 'Телефонує людям після виїзду, збирає відгуки й пропозиції.',
  'role.comms': 'Комунікації',
  'role.comms.description': 'Розповідає громаді про послугу: новини, оголошення, історії.',
  'role.regional_observer': 'Спостерігач області',
  'role.regional_observer.description': 'Бачить зведені показники ЦНАП своєї області.',
  'role.platform_admin': 'Адміністратор платформи',
  'role.platform_admin.description': 'Відкриває ЦНАП і додає їхніх перших керівників.',
};
