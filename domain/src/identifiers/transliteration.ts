/**
 * The official Ukrainian-to-Latin transliteration (Cabinet of Ministers Resolution No 55 of
 * 27.01.2010), used in passports and ID cards. Є, Ї, Й, Ю, Я are written Ye, Yi, Y, Yu, Ya at the
 * start of a word and ie, i, i, iu, ia elsewhere; the soft sign and the apostrophe are dropped;
 * "зг" is "zgh" so it is not read as "zh".
 */
// prettier-ignore
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};

const WORD_INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Apostrophes as typed: ASCII, typographic, the modifier letter, the backtick. */
const APOSTROPHES = /['’ʼ`]/u;

/** A word: letters with the apostrophes inside it (an apostrophe does not start a new word). */
const WORD = /[\p{L}'’ʼ`]+/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function transliterateWord(word: string): string {
  const chars = Array.from(word);
  const letters = chars.filter((ch) => !APOSTROPHES.test(ch));
  const shouting = letters.length > 1 && letters.every(isUpper);
  let out = '';
  let previous = '';
  for (const ch of chars) {
    if (APOSTROPHES.test(ch)) continue;
    const lower = ch.toLowerCase();
    let latin = LETTERS[lower];
    if (latin === undefined) latin = ch;
    else if (previous === '' && WORD_INITIAL[lower]) latin = WORD_INITIAL[lower];
    else if (lower === 'г' && previous === 'з') latin = 'gh';
    if (shouting) latin = latin.toUpperCase();
    else if (isUpper(ch)) latin = latin.charAt(0).toUpperCase() + latin.slice(1);
    out += latin;
    previous = lower;
  }
  return out;
}

/**
 * Ukrainian text in Latin letters by the official rules; case is kept (`Юрій` → `Yurii`,
 * `ЮРІЙ` → `YURII`) and anything that is not a Ukrainian letter passes through unchanged.
 */
export function transliterate(text: string): string {
  return text.replace(WORD, transliterateWord);
}

/** Name parts as the MRZ holds them: A–Z only, everything else a separator. */
function latinTokens(text: string): string[] {
  return text
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);
}

/** The third line of a TD1 MRZ has room for 30 characters; a longer name is cut there. */
const NAME_FIELD = 30;

/**
 * Whether a name typed in Cyrillic ("surname given-name patronymic") is the name in an MRZ.
 * The patronymic may be absent from the MRZ; a name that filled the whole MRZ line may have been
 * cut short, so then the MRZ need only be the beginning of the expected text. A `false` is for the
 * operator to look at, not a refusal: a person may keep an earlier Latin spelling of their name.
 */
export function sameNameLatin(cyrillicFullName: string, mrzSurname: string, mrzGivenNames: string): boolean {
  const typed = latinTokens(transliterate(cyrillicFullName));
  const surname = latinTokens(mrzSurname);
  const given = latinTokens(mrzGivenNames);
  if (surname.length === 0 || typed.length < surname.length) return false;
  const inMrz = `${surname.join('<')}<<${given.join('<')}`;
  const typedSurname = typed.slice(0, surname.length).join('<');
  const rest = typed.slice(surname.length);
  // The patronymic, when typed, may be missing from the MRZ; a lone given name may not.
  const variants = rest.length >= 2 ? [rest, rest.slice(0, -1)] : [rest];
  const candidates = variants.map((names) => `${typedSurname}<<${names.join('<')}`);
  return candidates.some(
    (expected) => expected === inMrz || (inMrz.length >= NAME_FIELD && expected.startsWith(inMrz)),
  );
}
