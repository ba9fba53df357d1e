import { describe, expect, it } from 'vitest';
import { sameNameLatin, transliterate } from './transliteration.js';

describe('transliterate', () => {
  // The examples printed in the table of Resolution No 55 of 27.01.2010.
  // prettier-ignore
  it.each([
    ['Алушта', 'Alushta'], ['Андрій', 'Andrii'], ['Борщагівка', 'Borshchahivka'],
    ['Вінниця', 'Vinnytsia'], ['Гадяч', 'Hadiach'], ['Богдан', 'Bohdan'],
    ['Згурський', 'Zghurskyi'], ['Ґалаґан', 'Galagan'], ['Ґорґани', 'Gorgany'],
    ['Донецьк', 'Donetsk'], ['Рівне', 'Rivne'], ['Есмань', 'Esman'],
    ['Єнакієве', 'Yenakiieve'], ['Гаєвич', 'Haievych'], ["Короп'є", 'Koropie'],
    ['Житомир', 'Zhytomyr'], ['Закарпаття', 'Zakarpattia'], ['Михайленко', 'Mykhailenko'],
    ['Іванків', 'Ivankiv'], ['Їжакевич', 'Yizhakevych'], ['Кадиївка', 'Kadyivka'],
    ["Мар'їне", 'Marine'], ['Йосипівка', 'Yosypivka'], ['Стрий', 'Stryi'],
    ['Олексій', 'Oleksii'], ['Київ', 'Kyiv'], ['Миколаїв', 'Mykolaiv'],
    ['Наталія', 'Nataliia'], ['Одеса', 'Odesa'], ['Рибчинський', 'Rybchynskyi'],
    ['Соломія', 'Solomiia'], ['Тернопіль', 'Ternopil'], ['Троць', 'Trots'],
    ['Ужгород', 'Uzhhorod'], ['Уляна', 'Uliana'], ['Харків', 'Kharkiv'],
    ['Христина', 'Khrystyna'], ['Біла Церква', 'Bila Tserkva'], ['Чернівці', 'Chernivtsi'],
    ['Шевченко', 'Shevchenko'], ['Кишеньки', 'Kyshenky'], ['Щербухи', 'Shcherbukhy'],
    ['Гоща', 'Hoshcha'], ['Юрій', 'Yurii'], ['Корюківка', 'Koriukivka'],
    ['Яготин', 'Yahotyn'], ['Ярошенко', 'Yaroshenko'], ['Костянтин', 'Kostiantyn'],
    ["Знам'янка", 'Znamianka'], ['Феодосія', 'Feodosiia'], ['Згорани', 'Zghorany'],
    ['Розгон', 'Rozghon'], ['Крикливий', 'Kryklyvyi'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('keeps capitals, separators and other text as they are', () => {
    expect(transliterate('ЮРІЙ ЗГУРСЬКИЙ')).toBe('YURII ZGHURSKYI');
    expect(transliterate('Петренко-Яковенко Ярина')).toBe('Petrenko-Yakovenko Yaryna');
    expect(transliterate('вул. Шевченка, 5')).toBe('vul. Shevchenka, 5');
    expect(transliterate('Я')).toBe('Ya');
    expect(transliterate('Знам’янка Знамʼянка')).toBe('Znamianka Znamianka');
  });
});

describe('sameNameLatin', () => {
  it('matches the surname and given name of the MRZ, the patronymic being optional', () => {
    expect(sameNameLatin('Шевченко Тарас Григорович', 'SHEVCHENKO', 'TARAS')).toBe(true);
    expect(sameNameLatin('Шевченко Тарас', 'SHEVCHENKO', 'TARAS')).toBe(true);
    expect(sameNameLatin('  ЗГУРСЬКИЙ  юрій ', 'ZGHURSKYI', 'YURII')).toBe(true);
    expect(sameNameLatin("Мар'їна Ярина Олегівна", 'MARINA', 'YARYNA OLEHIVNA')).toBe(true);
  });

  it('matches double surnames written with a hyphen or with "<"', () => {
    expect(sameNameLatin('Петренко-Яковенко Ярина', 'PETRENKO YAKOVENKO', 'YARYNA')).toBe(true);
  });

  it('tells different names apart', () => {
    expect(sameNameLatin('Шевченко Тарас', 'SHEVCHENKO', 'TARAN')).toBe(false);
    expect(sameNameLatin('Шевченко Тарас', 'SHEVCHUK', 'TARAS')).toBe(false);
    expect(sameNameLatin('Тарас Шевченко', 'SHEVCHENKO', 'TARAS')).toBe(false);
    expect(sameNameLatin('Шевченко Тарас', 'SHEVCHENKO', '')).toBe(false);
    expect(sameNameLatin('Шевченко', 'SHEVCHENKO', 'TARAS')).toBe(false);
    expect(sameNameLatin('', '', '')).toBe(false);
    // The old (Russian-style) spelling is a different name to the check: the operator decides.
    expect(sameNameLatin('Юрій Гнатюк', 'YURIY', 'GNATYUK')).toBe(false);
  });

  it('accepts a name cut short only where it filled the whole MRZ line', () => {
    const typed = 'Костянтинопольський Іван Ярославович';
    // KOSTIANTYNOPOLSKYI<<IVAN<YAROS is exactly 30 characters: the patronymic was cut there.
    expect(sameNameLatin(typed, 'KOSTIANTYNOPOLSKYI', 'IVAN YAROS')).toBe(true);
    expect(sameNameLatin(typed, 'KOSTIANTYNOPOLSKYI', 'IVAN YAROX')).toBe(false);
    // 29 characters: the line was not full, so a shortened name is a different name.
    expect(sameNameLatin(typed, 'KOSTIANTYNOPOLSKYI', 'IVAN YARO')).toBe(false);
  });
});
