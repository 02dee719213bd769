import type { components } from '@dvc-kit/client';
import { validatePersonName } from '@dvc-kit/domain';
import { type PartnerFieldError, PartnerProblem } from './problem.js';

/** An agent point's staff member, as the contract names one (`Staff`). */
export type Staff = components['schemas']['Staff'];

/** What the sign-in form sends. */
export interface SignInRequest {
  staff: Staff;
  agentPointId: string;
}

/**
 * A staff id as partners' HR systems issue them (`nv-0042`, `VNP.HN.1234`): letters, digits, dot,
 * hyphen, underscore; 64 characters is the contract's limit for `Staff.id`.
 */
const STAFF_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Reads and checks the sign-in body: `{ staffId, fullName, agentPointId }`. The name follows the
 * domain's rules for person names (it is printed on receipts as the submitter). Whether the agent
 * point is the partner's own is checked by the caller, which knows the partner's points.
 */
export function parseSignIn(body: Record<string, unknown>): SignInRequest {
  const errors: PartnerFieldError[] = [];
  const staffId = typeof body.staffId === 'string' ? body.staffId.trim() : '';
  if (!STAFF_ID.test(staffId)) {
    errors.push({
      pointer: '/staffId',
      code: staffId === '' ? 'required' : 'staff-id',
      message:
        staffId === ''
          ? { vi: 'Vui lòng nhập mã nhân viên.', en: 'Enter your staff id.' }
          : {
              vi: 'Mã nhân viên chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 64 ký tự).',
              en: 'A staff id has letters without diacritics, digits, dots, hyphens and underscores (at most 64).',
            },
    });
  }
  const name = validatePersonName(typeof body.fullName === 'string' ? body.fullName : '');
  if (!name.ok) {
    for (const issue of name.issues)
      errors.push({ pointer: '/fullName', code: issue.code, message: issue.message });
  }
  const agentPointId = typeof body.agentPointId === 'string' ? body.agentPointId : '';
  if (agentPointId === '') {
    errors.push({
      pointer: '/agentPointId',
      code: 'required',
      message: { vi: 'Vui lòng chọn điểm đại lý.', en: 'Choose your agent point.' },
    });
  }
  if (!name.ok || errors.length > 0) {
    throw new PartnerProblem('validation', 'The sign-in form has errors; see errors[].', { errors });
  }
  return { staff: { id: staffId, fullName: name.value }, agentPointId };
}
