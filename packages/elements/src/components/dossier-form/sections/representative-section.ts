import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import type { FieldDef, FieldSection } from '../form-field.js';
import type { RequiredDocument } from '../form-types.js';

/** Who files: the owner alone (no `representative` in the body), agent staff, or an authorised person. */
const FILER_ROLES = ['OWNER', 'AGENT_STAFF', 'AUTHORIZED_PERSON'] as const;

/** One of {@link FILER_ROLES}. */
export type FilerRole = (typeof FILER_ROLES)[number];

/** The pointer of the filer choice: not in the body, it decides whether `representative` is. */
export const FILER_ROLE = '/representative/role';

/**
 * Who files for the owner: nobody (the citizen files alone), the agent-point staff member (pre-filled
 * from the counter session's `staff`), or an authorised person with their ID number. The
 * authorisation ("văn bản ủy quyền") is one of the procedure's uploaded documents.
 */
export function representativeSection(
  role: FilerRole,
  documents: readonly RequiredDocument[],
  locale: Locale,
): FieldSection {
  const fields: FieldDef[] = [
    {
      pointer: FILER_ROLE,
      label: msg('Ai nộp hồ sơ?', { id: 'form.filer' }),
      control: 'radio',
      required: true,
      options: [
        { value: 'OWNER', label: msg('Chủ hồ sơ tự nộp', { id: 'form.filer.owner' }) },
        { value: 'AGENT_STAFF', label: msg('Nhân viên điểm đại lý nộp thay', { id: 'form.filer.staff' }) },
        {
          value: 'AUTHORIZED_PERSON',
          label: msg('Người được ủy quyền nộp thay', { id: 'form.filer.authorized' }),
        },
      ],
    },
  ];
  if (role !== 'OWNER') {
    fields.push({
      pointer: '/representative/fullName',
      label: msg('Họ và tên người nộp', { id: 'form.filer-name' }),
      required: true,
      requiredMessage: 'check',
      check: { rule: 'person-name' },
    });
    if (role === 'AUTHORIZED_PERSON') {
      fields.push({
        pointer: '/representative/personalId',
        label: msg('Số định danh cá nhân của người nộp', { id: 'form.filer-personal-id' }),
        inputMode: 'numeric',
        check: { rule: 'personal-id' },
      });
    }
    fields.push(
      {
        pointer: '/representative/phone',
        label: msg('Số điện thoại của người nộp', { id: 'form.filer-phone' }),
        type: 'tel',
        check: { rule: 'phone' },
      },
      {
        pointer: '/representative/authorizationDocumentCode',
        label: msg('Văn bản ủy quyền nằm trong giấy tờ nào?', { id: 'form.authorization' }),
        control: 'select',
        options: documents
          .filter((document) => document.submission === 'UPLOAD')
          .map((document) => ({ value: document.code, label: document.name[locale] })),
      },
    );
  }
  return { id: 'representative', title: msg('Người nộp hồ sơ', { id: 'form.representative' }), fields };
}
