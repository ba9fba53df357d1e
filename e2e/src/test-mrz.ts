/** A valid Ukrainian ID card MRZ (all check digits right; UNZR agrees with the birth date). */
export const TEST_MRZ = [
  'IDUKR00012345651985031512340<<',
  '8503150F3203156UKR<<<<<<<<<<<8',
  'SHEVCHENKO<<OLENA<<<<<<<<<<<<<',
] as const;
