import { channelInfo, type Locale } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { durationText } from '../../i18n/duration-text.js';
import { vndText } from '../../i18n/money-text.js';
import type { AuthorityLevel, ChannelOffer, Fee, OnlineLevel } from './procedure-types.js';

// The words of the procedure catalogue, in the current locale. Functions, not constants: `msg()`
// must run at render time to follow a locale switch.

const notPublished = (): string => msg('Chưa có thông tin', { id: 'picker.not-published' });

/** "Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác". */
export function levelText(level: AuthorityLevel): string {
  switch (level) {
    case 'MINISTRY':
      return msg('Cấp bộ', { id: 'picker.level.ministry' });
    case 'PROVINCE':
      return msg('Cấp tỉnh', { id: 'picker.level.province' });
    case 'COMMUNE':
      return msg('Cấp xã', { id: 'picker.level.commune' });
    case 'OTHER':
      return msg('Cơ quan khác', { id: 'picker.level.other' });
  }
}

/** "Trực tuyến toàn trình", "Trực tuyến một phần", "Không trực tuyến". */
export function onlineLevelText(level: OnlineLevel): string {
  switch (level) {
    case 'FULL':
      return msg('Trực tuyến toàn trình', { id: 'picker.online.full' });
    case 'PARTIAL':
      return msg('Trực tuyến một phần', { id: 'picker.online.partial' });
    case 'NONE':
      return msg('Không trực tuyến', { id: 'picker.online.none' });
  }
}

/** "Miễn phí tại điểm đại lý": Hà Nội's agent points help with the procedure for free. */
export const agentAssistedText = (): string =>
  msg('Miễn phí tại điểm đại lý', { id: 'picker.agent-assisted' });

/** A fee: "Miễn phí" for 0, "Chưa có thông tin" when none is published, else the amount in đồng. */
export function feeText(fee: Fee, locale: Locale): string {
  if (fee.amount === null) return notPublished();
  if (fee.amount === 0) return msg('Miễn phí', { id: 'picker.fee.free' });
  return vndText(fee.amount, locale);
}

/** A processing time, or "Chưa có thông tin". */
export function processingTimeText(offer: ChannelOffer): string {
  return offer.processingTime === null ? notPublished() : durationText(offer.processingTime);
}

/** The channel's name: "Trực tiếp", "Trực tuyến", "Bưu chính công ích" (from `@dvc-kit/domain`). */
export function channelText(offer: ChannelOffer, locale: Locale): string {
  return channelInfo(offer.channel).label[locale];
}

/** One channel in a line: "Trực tiếp: 1 ngày làm việc, Miễn phí". */
export function offerText(offer: ChannelOffer, locale: Locale): string {
  const channel = channelText(offer, locale);
  const time = processingTimeText(offer);
  const fee = feeText(offer.fee, locale);
  return msg(str`${channel}: ${time}, ${fee}`, { id: 'picker.offer' });
}

// Counts are grouped as each language writes numbers: "2.642" in Vietnamese, "2,642" in English.
const NUMBER_LOCALES: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

/** "58 thủ tục" / "58 procedures". */
export function procedureCountText(count: number, locale: Locale): string {
  const value = count.toLocaleString(NUMBER_LOCALES[locale]);
  return count === 1
    ? msg(str`${value} thủ tục`, { id: 'picker.count.one' })
    : msg(str`${value} thủ tục`, { id: 'picker.count.other' });
}
