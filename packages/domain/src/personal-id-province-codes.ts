/**
 * The province codes that open a 12-digit personal ID number ("số định danh cá nhân"): the province
 * where the birth was registered, as the 63 provinces were numbered before the 2025 merger (the
 * two-digit administrative code with a leading 0, as printed on CCCD cards). Numbers already issued
 * never change; how births registered in the 34 provinces formed on 1-7-2025 are coded is not
 * confirmed, which is why an unknown code is a warning, not an error (domain.md, "Validation").
 *
 * Only the codes: validating a number needs nothing more, so a browser bundle that validates does not
 * carry the provinces' names (`PERSONAL_ID_PROVINCES` in `personal-id-provinces.ts` has them).
 */
export const PERSONAL_ID_PROVINCE_CODES = [
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
] as const;

/** A known province code of birth registration, e.g. `'001'` (Hà Nội). */
export type PersonalIdProvinceCode = (typeof PERSONAL_ID_PROVINCE_CODES)[number];

/**
 * Whether `code` is one of the 63 known province codes of birth registration.
 *
 * @example
 * isPersonalIdProvinceCode('001'); // true
 * isPersonalIdProvinceCode('003'); // false: no province had that code
 */
export function isPersonalIdProvinceCode(code: string): code is PersonalIdProvinceCode {
  return (PERSONAL_ID_PROVINCE_CODES as readonly string[]).includes(code);
}
