import type { DossierStatus } from './dossier-status-keys.js';
import type { LocalizedText } from './localized.js';

export type { DossierStatus } from './dossier-status-keys.js';

/**
 * The status codes of a dossier ("hồ sơ") as the national public-service portal numbers them
 * (domain.md, "Dossier": seen in two independent code bases). `code` is the national number that
 * integrations exchange; `final` marks statuses a dossier never leaves.
 */
export const DOSSIER_STATUSES = [
  {
    key: 'SUBMITTED',
    code: 1,
    label: { vi: 'Mới đăng ký', en: 'Submitted' },
    final: false,
  },
  {
    key: 'RECEIVED',
    code: 2,
    label: { vi: 'Được tiếp nhận', en: 'Received' },
    final: false,
  },
  {
    key: 'REJECTED',
    code: 3,
    label: { vi: 'Không được tiếp nhận', en: 'Not accepted' },
    final: true,
  },
  {
    key: 'PROCESSING',
    code: 4,
    label: { vi: 'Đang xử lý', en: 'Processing' },
    final: false,
  },
  {
    key: 'SUPPLEMENT_REQUESTED',
    code: 5,
    label: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Additional documents requested' },
    final: false,
  },
  {
    key: 'PAYMENT_REQUESTED',
    code: 6,
    label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Payment of fees requested' },
    final: false,
  },
  {
    key: 'WITHDRAWN',
    code: 7,
    label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn at the citizen’s request' },
    final: true,
  },
  {
    key: 'STOPPED',
    code: 8,
    label: { vi: 'Dừng xử lý', en: 'Processing stopped' },
    final: true,
  },
  {
    key: 'RESULT_READY',
    code: 9,
    label: { vi: 'Đã xử lý xong', en: 'Result ready' },
    final: false,
  },
  {
    key: 'RETURNED',
    code: 10,
    label: { vi: 'Đã trả kết quả', en: 'Result returned' },
    final: true,
  },
] as const satisfies readonly {
  readonly key: DossierStatus;
  readonly code: number;
  readonly label: LocalizedText;
  readonly final: boolean;
}[];

/** One entry of {@link DOSSIER_STATUSES}. */
export type DossierStatusInfo = (typeof DOSSIER_STATUSES)[number];

/** The national number of a dossier status, 1–10. */
export type DossierStatusCode = DossierStatusInfo['code'];

/**
 * The moves a dossier may make (domain.md, "Transitions"): 1→2|3|7; 2→4|7|9; 4→5|6|8|9|7; 5→4;
 * 6→4|9; 9→10. Final statuses have no way out.
 */
export const DOSSIER_TRANSITIONS: { readonly [From in DossierStatus]: readonly DossierStatus[] } = {
  SUBMITTED: ['RECEIVED', 'REJECTED', 'WITHDRAWN'],
  RECEIVED: ['PROCESSING', 'WITHDRAWN', 'RESULT_READY'],
  REJECTED: [],
  PROCESSING: ['SUPPLEMENT_REQUESTED', 'PAYMENT_REQUESTED', 'STOPPED', 'RESULT_READY', 'WITHDRAWN'],
  // The citizen supplies the documents and processing resumes.
  SUPPLEMENT_REQUESTED: ['PROCESSING'],
  PAYMENT_REQUESTED: ['PROCESSING', 'RESULT_READY'],
  WITHDRAWN: [],
  STOPPED: [],
  RESULT_READY: ['RETURNED'],
  RETURNED: [],
};

/**
 * How many times an authority may ask for supplementary documents on one dossier. domain.md
 * ("Dossier", transitions: 5→4 "at most once per dossier" [K], from the legal texts): the citizen must
 * be told everything missing in a single request, so PROCESSING → SUPPLEMENT_REQUESTED happens once.
 * The transition table cannot express a count: whoever moves dossiers checks it with
 * {@link canRequestSupplement}.
 */
export const MAX_SUPPLEMENT_REQUESTS = 1;

/** The code, labels and `final` flag of a status. */
export function statusInfo(status: DossierStatus): DossierStatusInfo {
  // Every DossierStatus is in the list: a unit test checks that it keys them all.
  return DOSSIER_STATUSES.find((info) => info.key === status)!;
}

/**
 * The status with a national code, or `undefined` for a number that is not a status code.
 *
 * @example
 * statusByCode(4)?.key; // 'PROCESSING'
 */
export function statusByCode(code: number): DossierStatusInfo | undefined {
  return DOSSIER_STATUSES.find((info) => info.code === code);
}

/** Whether a status is final (the dossier never moves again). */
export function isFinalStatus(status: DossierStatus): boolean {
  return statusInfo(status).final;
}

/**
 * Whether a dossier may move from one status to another.
 *
 * @example
 * canTransition('RECEIVED', 'PROCESSING'); // true
 * canTransition('RETURNED', 'PROCESSING'); // false
 */
export function canTransition(from: DossierStatus, to: DossierStatus): boolean {
  return DOSSIER_TRANSITIONS[from].includes(to);
}

/** The statuses a dossier may move to next, in the order of the transition table. */
export function nextStatuses(from: DossierStatus): readonly DossierStatus[] {
  return DOSSIER_TRANSITIONS[from];
}

/**
 * Whether another supplement request is allowed, given how many the dossier already had
 * (see {@link MAX_SUPPLEMENT_REQUESTS}).
 */
export function canRequestSupplement(previousSupplementRequests: number): boolean {
  return previousSupplementRequests < MAX_SUPPLEMENT_REQUESTS;
}
