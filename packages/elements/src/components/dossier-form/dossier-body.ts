import { normalizePersonalId, normalizePersonName, normalizePhone } from '@dvc-kit/domain';
import { CONSENT_ACCEPTED_AT, CONSENT_TEXT_VERSION } from './consent.js';
import type { FieldValues } from './form-field.js';
import type { Channel, Delivery, DossierCreate, ProcedureDetail, Representative } from './form-types.js';
import { eFormData } from './sections/eform-data.js';
import { FILER_ROLE } from './sections/representative-section.js';
import type { UploadItem } from './uploads.js';
import { parseDateInput } from './validation.js';

/** Hà Nội's province code: the wards the form offers are all in Hà Nội (domain.md, "Addresses"). */
export const HANOI_PROVINCE_CODE = '01';

/** What besides the values goes into the body. */
export interface DossierBodyOptions {
  readonly procedure: ProcedureDetail;
  readonly channel: Channel;
  readonly receivingLocationId?: string | undefined;
  readonly clientReference?: string | undefined;
  readonly uploads: readonly UploadItem[];
}

const text = (values: FieldValues, pointer: string): string => {
  const value = values[pointer];
  return typeof value === 'string' ? value.normalize('NFC').trim() : '';
};

const phone = (value: string): string => normalizePhone(value) ?? value;

function representativeOf(values: FieldValues): Representative | undefined {
  const role = values[FILER_ROLE];
  if (role !== 'AGENT_STAFF' && role !== 'AUTHORIZED_PERSON') return undefined;
  const personalId = text(values, '/representative/personalId');
  const representativePhone = text(values, '/representative/phone');
  const authorization = text(values, '/representative/authorizationDocumentCode');
  return {
    role,
    fullName: normalizePersonName(text(values, '/representative/fullName')),
    ...(role === 'AUTHORIZED_PERSON' && personalId ? { personalId: normalizePersonalId(personalId) } : {}),
    ...(representativePhone ? { phone: phone(representativePhone) } : {}),
    ...(authorization ? { authorizationDocumentCode: authorization } : {}),
  };
}

function deliveryOf(values: FieldValues): Delivery {
  const method = values['/delivery/method'];
  if (method === 'POSTAL') {
    return {
      method,
      address: {
        recipientName: normalizePersonName(text(values, '/delivery/address/recipientName')),
        phone: phone(text(values, '/delivery/address/phone')),
        wardCode: text(values, '/delivery/address/wardCode'),
        detail: text(values, '/delivery/address/detail'),
      },
    };
  }
  if (method === 'ELECTRONIC') {
    const email = text(values, '/delivery/email');
    return { method, ...(email ? { email } : {}) };
  }
  return { method: 'AT_LOCATION', locationId: text(values, '/delivery/locationId') };
}

/**
 * The request body of `dossiers.create` from the form's (validated) values, in the forms the server
 * stores: names normalised, ID numbers as 12 digits, phones in E.164, dates as `yyyy-MM-dd`, every
 * text NFC. Deterministic — the same values give the same body, key order included — so a resubmitted
 * body can be compared with the one an earlier attempt sent.
 */
export function dossierBody(values: FieldValues, options: DossierBodyOptions): DossierCreate {
  const { procedure } = options;
  const email = text(values, '/owner/email');
  const representative = representativeOf(values);
  const caseCode = text(values, '/caseCode');
  const sex = values['/owner/sex'] === 'MALE' ? 'MALE' : 'FEMALE';
  return {
    procedureCode: procedure.code,
    ...(caseCode ? { caseCode } : {}),
    channel: options.channel,
    owner: {
      fullName: normalizePersonName(text(values, '/owner/fullName')),
      personalId: normalizePersonalId(text(values, '/owner/personalId')),
      dateOfBirth: parseDateInput(text(values, '/owner/dateOfBirth')) ?? '',
      sex,
      phone: phone(text(values, '/owner/phone')),
      ...(email ? { email } : {}),
      address: {
        provinceCode: HANOI_PROVINCE_CODE,
        wardCode: text(values, '/owner/address/wardCode'),
        detail: text(values, '/owner/address/detail'),
      },
    },
    ...(representative ? { representative } : {}),
    formData: eFormData(procedure.eForm, values),
    attachments: options.uploads.flatMap((upload) =>
      upload.status === 'done' && upload.attachmentId
        ? [{ documentCode: upload.documentCode, attachmentId: upload.attachmentId }]
        : [],
    ),
    delivery: deliveryOf(values),
    ...(options.receivingLocationId ? { receivingLocationId: options.receivingLocationId } : {}),
    consent: {
      personalDataProcessing: true,
      acceptedAt: text(values, CONSENT_ACCEPTED_AT),
      textVersion: CONSENT_TEXT_VERSION,
    },
    ...(options.clientReference ? { clientReference: options.clientReference } : {}),
  };
}
