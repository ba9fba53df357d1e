/**
 * The shape an English dictionary must have: exactly the keys of its Ukrainian source, each a string.
 * Used with `satisfies`, so a missing key and an extra key are both type errors.
 */
export type Translation<Source> = { readonly [Key in keyof Source]: string };

/** Values put into `{name}` placeholders of a message. */
export type MessageParams = Record<string, string | number>;
