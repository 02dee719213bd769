// Test support (not built into dist): small bodies valid against the contract, in NFC Vietnamese.
import type {
  DossierCreate,
  DossierCreated,
  DossierStatusView,
  ProcedureDetail,
  ProcedurePage,
  ProcedureSummary,
} from '../types.js';

const text = (vi: string, en: string) => ({ vi, en });

export const procedureSummary: ProcedureSummary = {
  code: '1.001193',
  name: text('Đăng ký khai sinh', 'Birth registration'),
  field: { code: 'ho-tich', name: text('Hộ tịch', 'Civil status') },
  levels: ['COMMUNE'],
  onlineLevel: 'FULL',
  agentAssisted: true,
  channels: [
    { channel: 'IN_PERSON', processingTime: { value: 1, unit: 'WORKING_DAYS' }, fee: { amount: 0 } },
    { channel: 'ONLINE', processingTime: null, fee: { amount: null, note: text('Miễn phí', 'Free') } },
  ],
};

export const procedurePage: ProcedurePage = { items: [procedureSummary], total: 1, nextCursor: null };

export const procedureDetail: ProcedureDetail = {
  ...procedureSummary,
  competentAuthority: text('Ủy ban nhân dân cấp xã', "Commune People's Committee"),
  applicantTypes: ['CITIZEN'],
  publishingDecision: null,
  requiredDocuments: [
    {
      code: 'TP1',
      name: text('Giấy chứng sinh', 'Birth certificate'),
      required: true,
      originals: 1,
      copies: 0,
      submission: 'UPLOAD',
      reusableFromNationalDb: false,
      acceptedMediaTypes: ['application/pdf', 'image/jpeg'],
    },
  ],
  resultDocuments: [{ code: 'KQ1', name: text('Giấy khai sinh', 'Birth certificate extract') }],
  cases: [{ code: 'mac-dinh', name: text('Trường hợp thông thường', 'Usual case') }],
  eForm: {
    schemaVersion: 1,
    sections: [{ id: 'tre', title: text('Thông tin trẻ', 'The child'), fields: ['childName'] }],
    fields: {
      childName: { type: 'string', title: text('Họ và tên trẻ', "Child's full name"), maxLength: 100 },
    },
    required: ['childName'],
  },
  sourceUrl: null,
};

export const dossierCreate: DossierCreate = {
  procedureCode: '1.001193',
  channel: 'ONLINE',
  owner: {
    fullName: 'Nguyễn Văn An',
    personalId: '001203012345',
    dateOfBirth: '2003-04-05',
    sex: 'MALE',
    phone: '+84912345678',
    address: { provinceCode: '01', wardCode: '00004', detail: 'Số 12, phố Điện Biên Phủ' },
  },
  formData: { childName: 'Nguyễn Thị Bình' },
  attachments: [{ documentCode: 'TP1', attachmentId: 'att_abc123' }],
  delivery: { method: 'AT_LOCATION', locationId: 'loc-ba-dinh' },
  consent: { personalDataProcessing: true, acceptedAt: '2025-11-27T09:00:00+07:00', textVersion: '2025-07' },
};

const location = { id: 'loc-ba-dinh', name: text('Bộ phận một cửa phường Ba Đình', 'Ba Dinh one-stop desk') };

export function dossierCreated(code = '000.00.24.H26-251127-0001'): DossierCreated {
  return {
    dossier: {
      code,
      procedure: { code: '1.001193', name: text('Đăng ký khai sinh', 'Birth registration') },
      caseCode: 'mac-dinh',
      channel: 'ONLINE',
      status: 'SUBMITTED',
      statusCode: 1,
      owner: dossierCreate.owner,
      representative: null,
      formData: dossierCreate.formData,
      attachments: [
        {
          documentCode: 'TP1',
          attachmentId: 'att_abc123',
          fileName: 'giay-chung-sinh.pdf',
          sha256: 'a'.repeat(64),
        },
      ],
      delivery: dossierCreate.delivery,
      receivingLocation: location,
      competentAuthority: text('Ủy ban nhân dân phường Ba Đình', "Ba Dinh Ward People's Committee"),
      partnerCode: 'VNPOST',
      agentPointId: null,
      staff: null,
      fee: { amount: 0 },
      submittedAt: '2025-11-27T09:01:00+07:00',
      receivedAt: null,
      dueAt: null,
      returnedAt: null,
      timeliness: 'NOT_STARTED',
      timeline: [{ at: '2025-11-27T09:01:00+07:00', status: 'SUBMITTED', actor: 'AGENT' }],
      supplementRequest: null,
      rated: false,
      clientReference: null,
    },
    receipt: {
      dossierCode: code,
      receivingUnit: location,
      submitter: {
        fullName: 'Nguyễn Văn An',
        address: 'Số 12, phố Điện Biên Phủ',
        phone: null,
        email: null,
        personalId: null,
      },
      owner: { fullName: 'NGUYỄN VĂN AN' },
      procedure: { code: '1.001193', name: text('Đăng ký khai sinh', 'Birth registration') },
      documents: [
        {
          name: text('Giấy chứng sinh', 'Birth certificate'),
          originals: 1,
          certifiedCopies: 0,
          photocopies: 0,
        },
      ],
      setCount: 1,
      processingTime: { value: 1, unit: 'WORKING_DAYS' },
      receivedAt: null,
      appointmentAt: null,
      resultReturn: {
        method: 'AT_LOCATION',
        description: text('Nhận tại bộ phận một cửa', 'Collect at the desk'),
      },
      fee: { amount: 0 },
      feeCollection: 'FREE',
      issuedAt: '2025-11-27T09:01:00+07:00',
    },
  };
}

export const dossierStatusView: DossierStatusView = {
  code: '000.00.24.H26-251127-0001',
  procedure: { code: '1.001193', name: text('Đăng ký khai sinh', 'Birth registration') },
  status: 'RECEIVED',
  statusCode: 2,
  ownerNameMasked: 'N*** V** A',
  ownerPersonalIdMasked: '001*******45',
  receivingLocation: location,
  submittedAt: '2025-11-27T09:01:00+07:00',
  receivedAt: '2025-11-27T09:30:00+07:00',
  dueAt: '2025-11-28T09:30:00+07:00',
  returnedAt: null,
  timeliness: 'ON_TIME',
  timeline: [],
  supplementRequest: null,
  resultPickup: null,
  rated: false,
  canRate: false,
};
