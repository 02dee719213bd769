import { type DateInput, formatDateTime } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import type { DossierCodeProblem } from './lookup-validation.js';
import type { ResultPickup } from './tracker-types.js';

/** A time as the national portal shows it, `dd/MM/yyyy HH:mm` in Hà Nội; a dash for a bad value. */
export function dateTimeText(date: DateInput): string {
  try {
    return formatDateTime(date);
  } catch {
    return '—';
  }
}

/** How the result is handed over, in words. */
export function pickupMethodText(method: ResultPickup['method']): string {
  switch (method) {
    case 'AT_LOCATION':
      return msg('Nhận trực tiếp', { id: 'tracker.pickup.at-location' });
    case 'POSTAL':
      return msg('Qua dịch vụ bưu chính công ích', { id: 'tracker.pickup.postal' });
    case 'ELECTRONIC':
      return msg('Nhận kết quả điện tử', { id: 'tracker.pickup.electronic' });
  }
}

/** The inline error of the dossier-code field. */
export function codeProblemText(problem: DossierCodeProblem): string {
  return problem === 'required'
    ? msg('Vui lòng nhập mã hồ sơ.', { id: 'tracker.code-required' })
    : msg('Mã hồ sơ chưa đúng. Vui lòng nhập đúng như trên giấy tiếp nhận.', {
        id: 'tracker.code-implausible',
      });
}

/** What the tracker says when a call failed without a user-safe message of its own. */
export function failureText(): string {
  return msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'tracker.failed' });
}

/** What the tracker says when a part it loads on demand (a form, its checks) could not be loaded. */
export function partFailedText(): string {
  return msg('Không tải được một phần của trang. Vui lòng tải lại trang.', { id: 'tracker.part-failed' });
}
