import type { LocalizedText } from './localized.js';
import type { OfficialIndexKey, OfficialIndexOption } from './rating.js';

// What each entry must be: a known index, and options among the answers that index accepts
// (`OFFICIAL_INDEX_OPTIONS`, the rule the validator applies). The compiler refuses anything else; a unit
// test checks that none is missing and that the order is the same.
type WordedIndex = {
  readonly [Key in OfficialIndexKey]: {
    readonly key: Key;
    readonly question: LocalizedText;
    readonly options: readonly { readonly key: OfficialIndexOption<Key>; readonly label: LocalizedText }[];
  };
}[OfficialIndexKey];

/**
 * The official satisfaction indices asked in the optional full mode (domain.md: processing time vs.
 * limit, contacts needed, offices visited, publicly posted, staff attitude, convenience, overall), in
 * the order a form asks them, with their questions and answers worded in Vietnamese and English.
 * The keys alone, which validation needs, are `OFFICIAL_INDEX_OPTIONS` (`rating.ts`).
 */
export const OFFICIAL_INDICES = [
  {
    key: 'processingTime',
    question: {
      vi: 'Thời gian giải quyết hồ sơ so với thời hạn theo quy định?',
      en: 'How did the processing time compare with the legal time limit?',
    },
    options: [
      { key: 'EARLY', label: { vi: 'Sớm hơn thời hạn', en: 'Earlier than the limit' } },
      { key: 'ON_TIME', label: { vi: 'Đúng thời hạn', en: 'On time' } },
      { key: 'LATE', label: { vi: 'Trễ hạn', en: 'Later than the limit' } },
    ],
  },
  {
    key: 'contactsNeeded',
    question: {
      vi: 'Ông/Bà phải liên hệ với cơ quan bao nhiêu lần để hoàn thành hồ sơ?',
      en: 'How many times did you have to contact the office to complete the dossier?',
    },
    options: [
      { key: 'ONE', label: { vi: '1 lần', en: 'Once' } },
      { key: 'TWO', label: { vi: '2 lần', en: 'Twice' } },
      { key: 'THREE_OR_MORE', label: { vi: 'Từ 3 lần trở lên', en: 'Three times or more' } },
    ],
  },
  {
    key: 'officesVisited',
    question: {
      vi: 'Ông/Bà phải đến bao nhiêu cơ quan, đơn vị để giải quyết hồ sơ?',
      en: 'How many offices did you have to go to for this dossier?',
    },
    options: [
      { key: 'ONE', label: { vi: '1 nơi', en: 'One' } },
      { key: 'TWO', label: { vi: '2 nơi', en: 'Two' } },
      { key: 'THREE_OR_MORE', label: { vi: 'Từ 3 nơi trở lên', en: 'Three or more' } },
    ],
  },
  {
    key: 'publiclyPosted',
    question: {
      vi: 'Thủ tục hành chính có được niêm yết, công khai đầy đủ không?',
      en: 'Was the procedure publicly posted in full?',
    },
    options: [
      { key: 'YES', label: { vi: 'Có', en: 'Yes' } },
      { key: 'NO', label: { vi: 'Không', en: 'No' } },
      { key: 'UNSURE', label: { vi: 'Không rõ', en: 'Not sure' } },
    ],
  },
  {
    key: 'staffAttitude',
    question: {
      vi: 'Thái độ của cán bộ, công chức khi hướng dẫn, tiếp nhận và giải quyết hồ sơ?',
      en: 'How was the staff’s attitude when guiding you and handling the dossier?',
    },
    options: [
      { key: 'GOOD', label: { vi: 'Tốt', en: 'Good' } },
      { key: 'ACCEPTABLE', label: { vi: 'Bình thường', en: 'Acceptable' } },
      { key: 'POOR', label: { vi: 'Chưa tốt', en: 'Poor' } },
    ],
  },
  {
    key: 'convenience',
    question: {
      vi: 'Việc thực hiện thủ tục có thuận tiện không?',
      en: 'How convenient was it to go through the procedure?',
    },
    options: [
      { key: 'CONVENIENT', label: { vi: 'Thuận tiện', en: 'Convenient' } },
      { key: 'ACCEPTABLE', label: { vi: 'Bình thường', en: 'Acceptable' } },
      { key: 'INCONVENIENT', label: { vi: 'Không thuận tiện', en: 'Inconvenient' } },
    ],
  },
  {
    key: 'overall',
    question: {
      vi: 'Mức độ hài lòng chung của Ông/Bà về việc giải quyết hồ sơ?',
      en: 'Overall, how satisfied are you with how the dossier was handled?',
    },
    options: [
      { key: 'VERY_SATISFIED', label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
      { key: 'SATISFIED', label: { vi: 'Hài lòng', en: 'Satisfied' } },
      { key: 'DISSATISFIED', label: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
    ],
  },
] as const satisfies readonly WordedIndex[];

/** One entry of {@link OFFICIAL_INDICES}. */
export type OfficialIndex = (typeof OFFICIAL_INDICES)[number];
