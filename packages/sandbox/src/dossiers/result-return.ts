import type { LocalizedText, Location, Ward } from '../seed/seed-types.js';
import type { Delivery } from './dossier-types.js';

/** What describing places needs from the catalogue. */
export interface PlaceLookup {
  ward: (code: string) => Ward | undefined;
  location: (id: string) => Location | undefined;
}

/** The city, after the ward, in a written address (every ward of the sandbox is in Hà Nội). */
const CITY: LocalizedText = { vi: 'Thành phố Hà Nội', en: 'Hanoi' };

/**
 * A written address — detail, ward, city — in both languages, e.g. "258 Võ Chí Công, Phường Xuân Đỉnh,
 * Thành phố Hà Nội". An unknown ward code is left out rather than printed as a number.
 */
export function addressText(
  detail: string,
  wardCode: string,
  places: Pick<PlaceLookup, 'ward'>,
): LocalizedText {
  const ward = places.ward(wardCode);
  const vi = [detail, ward?.fullName, CITY.vi].filter(Boolean).join(', ');
  const en = [detail, ward?.fullNameEn, CITY.en].filter(Boolean).join(', ');
  return { vi, en };
}

/** A location's name and address, e.g. for a receipt's "where the result is returned". */
export function locationText(location: Location, places: Pick<PlaceLookup, 'ward'>): LocalizedText {
  const address = addressText(location.addressDetail, location.wardCode, places);
  return { vi: `${location.name.vi}, ${address.vi}`, en: `${location.name.en}, ${address.en}` };
}

/**
 * Where and how the result is handed over, in words. `audience: 'public'` leaves personal data out (the
 * status lookup answers whoever knows the code and the ID number): a postal result names no address,
 * an electronic one no e-mail address.
 */
export function resultReturnDescription(
  delivery: Delivery,
  places: PlaceLookup,
  audience: 'owner' | 'public',
): LocalizedText {
  switch (delivery.method) {
    case 'AT_LOCATION': {
      const location = places.location(delivery.locationId);
      if (!location)
        return { vi: 'Nhận kết quả tại nơi đã đăng ký.', en: 'Collect the result at the chosen place.' };
      const where = locationText(location, places);
      return { vi: `Nhận kết quả tại ${where.vi}.`, en: `Collect the result at ${where.en}.` };
    }
    case 'POSTAL': {
      const tracking = delivery.trackingNumber ? ` (${delivery.trackingNumber})` : '';
      if (audience === 'public') {
        return {
          vi: `Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ đã đăng ký${tracking}.`,
          en: `The result is sent by public postal service to the registered address${tracking}.`,
        };
      }
      const { recipientName, detail, wardCode } = delivery.address;
      const address = addressText(detail, wardCode, places);
      return {
        vi: `Gửi qua dịch vụ bưu chính công ích đến ${recipientName}, ${address.vi}${tracking}.`,
        en: `By public postal service to ${recipientName}, ${address.en}${tracking}.`,
      };
    }
    case 'ELECTRONIC': {
      const email = audience === 'owner' && delivery.email ? delivery.email : undefined;
      return email
        ? {
            vi: `Trả kết quả điện tử vào tài khoản dịch vụ công của công dân và qua thư điện tử ${email}.`,
            en: `Electronic result to the citizen's public-service account and by e-mail to ${email}.`,
          }
        : {
            vi: 'Trả kết quả điện tử vào tài khoản dịch vụ công của công dân.',
            en: "Electronic result to the citizen's public-service account.",
          };
    }
  }
}
