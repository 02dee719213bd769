import type { LocalizedText } from './localized.js';
import type { DissatisfactionReason } from './rating.js';

/**
 * Why a citizen is dissatisfied: the reason chips shown with `DISSATISFIED`, worded in Vietnamese and
 * English, in the order of `DISSATISFACTION_REASON_KEYS` (`rating.ts`, what validation accepts; the
 * compiler refuses an unknown key, a unit test a missing one or another order).
 */
export const DISSATISFACTION_REASONS = [
  { key: 'LATE', label: { vi: 'Trả kết quả trễ hạn', en: 'The result was late' } },
  {
    key: 'MULTIPLE_SUPPLEMENTS',
    label: { vi: 'Phải bổ sung hồ sơ nhiều lần', en: 'Asked to supplement more than once' },
  },
  { key: 'MULTIPLE_OFFICES', label: { vi: 'Phải đến nhiều nơi', en: 'Had to visit several offices' } },
  { key: 'STAFF_ATTITUDE', label: { vi: 'Thái độ của cán bộ', en: 'Staff attitude' } },
  { key: 'FEES_UNCLEAR', label: { vi: 'Phí, lệ phí không rõ ràng', en: 'Fees were unclear' } },
  { key: 'SYSTEM_ERROR', label: { vi: 'Hệ thống bị lỗi', en: 'System error' } },
  { key: 'OTHER', label: { vi: 'Lý do khác', en: 'Other' } },
] as const satisfies readonly { readonly key: DissatisfactionReason; readonly label: LocalizedText }[];
