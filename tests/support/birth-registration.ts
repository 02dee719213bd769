// A valid birth-registration dossier for the seeded sandbox, as a consumer of `@dvc-kit/client` builds it,
// and files the sandbox accepts (it checks magic bytes only). Runs in Node and in the browser.
import type { DossierCreate, DvcClient } from '@dvc-kit/client';

/** Birth registration ("Đăng ký khai sinh"): required uploads TP1 and TP2, an e-form, free. */
export const BIRTH_REGISTRATION = '1.001193';
/** VNPost's first agent point ("Bưu cục Ba Đình"): receives dossiers and returns results. */
export const VNPOST_AGENT_POINT = 'loc-agent-vnpost-01';
/** The staff member at the counter, as the partner backend names them in the embed session. */
export const COUNTER_STAFF = { id: 'nv-0042', fullName: 'Trần Thị Bích' };

/**
 * The owner: a man born in 2003 and registered in Hà Nội. The sandbox checks the ID number's structure
 * against the form (`001` Hà Nội, `2` a man born 2000–2099, `03` the year).
 */
export const OWNER = {
  fullName: 'Nguyễn Văn An',
  personalId: '001203012345',
  dateOfBirth: '2003-04-05',
  sex: 'MALE',
  phone: '+84912345678',
  address: { provinceCode: '01', wardCode: '00004', detail: 'Số 12, phố Điện Biên Phủ' },
} as const satisfies DossierCreate['owner'];

/** A PDF as far as the sandbox can tell: its magic bytes and a minimal body. */
export function pdfFile(): Blob {
  return new Blob(['%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'], {
    type: 'application/pdf',
  });
}

/** A PNG as far as the sandbox can tell: the 8-byte signature and an IHDR chunk header. */
export function pngFile(): Blob {
  const bytes = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ];
  return new Blob([new Uint8Array(bytes)], { type: 'image/png' });
}

/** The ids of the two required uploads. */
export interface BirthRegistrationFiles {
  tp1: string;
  tp2: string;
}

/** Uploads the declaration (TP1, a PDF) and the hospital's birth certificate (TP2, a PNG). */
export async function uploadBirthRegistrationFiles(
  client: Pick<DvcClient, 'attachments'>,
): Promise<BirthRegistrationFiles> {
  const [tp1, tp2] = await Promise.all([
    client.attachments.upload(pdfFile(), { fileName: 'tờ-khai-khai-sinh.pdf', documentCode: 'TP1' }),
    client.attachments.upload(pngFile(), { fileName: 'giấy-chứng-sinh.png', documentCode: 'TP2' }),
  ]);
  return { tp1: tp1.id, tp2: tp2.id };
}

/** A valid birth registration filed at the VNPost agent point; `overrides` change one thing at a time. */
export function birthRegistration(
  files: BirthRegistrationFiles,
  overrides: Partial<DossierCreate> = {},
): DossierCreate {
  return {
    procedureCode: BIRTH_REGISTRATION,
    channel: 'ONLINE',
    owner: { ...OWNER, address: { ...OWNER.address } },
    formData: {
      childFullName: 'Nguyễn Minh Khôi',
      childDateOfBirth: '2025-10-01',
      childSex: 'MALE',
      childEthnicity: 'Kinh',
      childNationality: 'Việt Nam',
      childPlaceOfBirth: 'Bệnh viện Phụ sản Hà Nội',
      requesterRelationship: 'FATHER',
      extractCopies: 1,
    },
    attachments: [
      { documentCode: 'TP1', attachmentId: files.tp1 },
      { documentCode: 'TP2', attachmentId: files.tp2 },
    ],
    delivery: { method: 'AT_LOCATION', locationId: VNPOST_AGENT_POINT },
    receivingLocationId: VNPOST_AGENT_POINT,
    consent: {
      personalDataProcessing: true,
      acceptedAt: '2025-10-20T08:00:00+07:00',
      textVersion: '2025-07',
    },
    ...overrides,
  };
}
