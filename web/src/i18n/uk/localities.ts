/** Localities of the community. */
export const localities = {
  'localities.title': 'Населені пункти',
  'localities.lead': 'Села й міста громади. Віддалені населені пункти позначено окремо.',
  'localities.caption': 'Населені пункти громади',
  'localities.empty': 'Населених пунктів ще не додано.',
  'localities.add': 'Додати населений пункт',
  'localities.created': 'Населений пункт «{name}» додано.',
  'localities.saved': 'Зміни до «{name}» збережено.',
  'localities.edit.title': 'Змінити населений пункт',
  'localities.missing': 'Такого населеного пункту немає в громаді.',
  'localities.name': 'Назва',
  'localities.katotth': 'Код КАТОТТГ',
  'localities.katotth.hint': 'UA і 17 цифр, з кодифікатора територій.',
  'localities.remote': 'Віддалений',
  'localities.remote.yes': 'Віддалений',
  'localities.remote.hint': 'Далеко від ЦНАП або без регулярного транспорту: мешканці мають право на виїзд.',
};
