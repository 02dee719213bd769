import type { Locale } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';

// The number formats of each locale: `50.000` in Vietnamese, `50,000` in English.
const NUMBER_LOCALES: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

/** An amount in đồng: "50.000 đồng" / "VND 50,000". */
export function vndText(amount: number, locale: Locale): string {
  const formatted = new Intl.NumberFormat(NUMBER_LOCALES[locale], { maximumFractionDigits: 0 }).format(
    amount,
  );
  return msg(str`${formatted} đồng`, { id: 'common.vnd-amount' });
}
