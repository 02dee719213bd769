import { PERSONAL_ID_PROVINCE_CODES, type PersonalIdProvinceCode } from './personal-id-province-codes.js';

// The names of the provinces of birth registration, by code (`PERSONAL_ID_PROVINCE_CODES` says which
// codes exist and why). Keyed by the code type, so that the compiler refuses a missing or an unknown code.
const PROVINCE_NAMES = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
} as const satisfies Record<PersonalIdProvinceCode, string>;

/** A province of birth registration: its code in personal ID numbers and its name. */
export interface PersonalIdProvince {
  readonly code: PersonalIdProvinceCode;
  readonly name: string;
}

/**
 * The 63 provinces of birth registration that open a personal ID number, with their names, in the
 * order of their codes. Validation needs only the codes (`PERSONAL_ID_PROVINCE_CODES`); this list is
 * for showing where a number was registered.
 */
export const PERSONAL_ID_PROVINCES: readonly PersonalIdProvince[] =
  /* @__PURE__ */ PERSONAL_ID_PROVINCE_CODES.map((code) => ({ code, name: PROVINCE_NAMES[code] }));

/**
 * The province of birth registration for a three-digit code, or `undefined` when unknown.
 *
 * @example
 * personalIdProvince('001')?.name; // 'Hà Nội'
 */
export function personalIdProvince(code: string): PersonalIdProvince | undefined {
  return PERSONAL_ID_PROVINCES.find((province) => province.code === code);
}
