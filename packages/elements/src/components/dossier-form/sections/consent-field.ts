// The consent checkbox of the review step: loaded with it (see `review-part.ts`).
import { msg } from '@lit/localize';
import { CONSENT } from '../consent.js';
import type { FieldDef } from '../form-field.js';

/**
 * The consent to the processing of personal data (Decree 13/2023/NĐ-CP), ticked on the review step
 * before the dossier goes; its wording is versioned with the body (`CONSENT_TEXT_VERSION`).
 */
export function consentField(): FieldDef {
  return {
    pointer: CONSENT,
    label: msg(
      'Tôi đồng ý để cơ quan tiếp nhận và giải quyết hồ sơ xử lý dữ liệu cá nhân trong hồ sơ này, chỉ nhằm giải quyết thủ tục hành chính, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
      { id: 'form.consent' },
    ),
    control: 'checkbox',
    required: true,
    requiredMessage: () =>
      msg('Cần có sự đồng ý xử lý dữ liệu cá nhân để nộp hồ sơ.', { id: 'form.error.consent' }),
  };
}
