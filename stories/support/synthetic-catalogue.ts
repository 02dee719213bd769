// A catalogue at national scale for the picker's "thousands of results" stories: the real procedures
// of `ProcedurePage.json` followed by synthetic ones built from Vietnamese words, deterministic (the
// same list on every load), each valid against the contract so that the client's checks pass.
import type { FieldList, LocalizedText, ProcedureDetail, ProcedureSummary } from '@dvc-kit/client';
import { example } from './examples.js';

/**
 * The size of the large catalogue: a little above the 2,642 procedures of the national catalogue, so
 * that the picker is reviewed at the scale it must handle.
 */
export const LARGE_CATALOGUE_SIZE = 3_000;

type Field = ProcedureSummary['field'];
type Level = ProcedureSummary['levels'][number];
type OnlineLevel = ProcedureSummary['onlineLevel'];

const text = (vi: string, en: string): LocalizedText => ({ vi, en });

const ACTIONS: readonly LocalizedText[] = [
  text('Cấp', 'Issue'),
  text('Cấp lại', 'Re-issue'),
  text('Cấp đổi', 'Replace'),
  text('Đăng ký', 'Register'),
  text('Điều chỉnh', 'Amend'),
  text('Gia hạn', 'Extend'),
  text('Xác nhận', 'Confirm'),
  text('Thu hồi', 'Revoke'),
  text('Chấm dứt', 'End'),
  text('Công nhận', 'Recognise'),
];

// Two subjects for each field of `FieldList.json`, so that filters by field find synthetic procedures.
const SUBJECTS: Readonly<Record<string, readonly LocalizedText[]>> = {
  'ho-tich': [
    text('trích lục hộ tịch', 'civil status extract'),
    text('giấy xác nhận tình trạng hôn nhân', 'certificate of marital status'),
  ],
  'chung-thuc': [
    text('bản sao từ bản chính', 'copy certified from the original'),
    text('chữ ký trong giấy tờ', 'signature on a document'),
  ],
  'cu-tru': [text('thường trú', 'permanent residence'), text('tạm trú', 'temporary residence')],
  'dat-dai': [
    text('giấy chứng nhận quyền sử dụng đất', 'land use right certificate'),
    text('biến động đất đai', 'change of land use'),
  ],
  'ho-kinh-doanh': [
    text('giấy chứng nhận đăng ký hộ kinh doanh', 'household business certificate'),
    text('địa điểm kinh doanh', 'business location'),
  ],
  'can-cuoc': [
    text('thẻ căn cước', 'identity card'),
    text('giấy chứng nhận căn cước', 'identity certificate'),
  ],
  'doanh-nghiep': [
    text('giấy chứng nhận đăng ký doanh nghiệp', 'enterprise registration certificate'),
    text('chi nhánh, văn phòng đại diện', 'branch or representative office'),
  ],
  'bao-hiem-xa-hoi': [
    text('sổ bảo hiểm xã hội', 'social insurance book'),
    text('thẻ bảo hiểm y tế', 'health insurance card'),
  ],
  'xay-dung': [
    text('giấy phép xây dựng', 'building permit'),
    text('chứng chỉ hành nghề xây dựng', 'construction practice certificate'),
  ],
  'bien-phap-bao-dam': [
    text('biện pháp bảo đảm', 'security interest'),
    text('thế chấp quyền sử dụng đất', 'mortgage of a land use right'),
  ],
  'dinh-danh-dien-tu': [
    text('tài khoản định danh điện tử', 'electronic identification account'),
    text('mức độ định danh điện tử', 'electronic identification level'),
  ],
  'giay-phep-lai-xe': [
    text('giấy phép lái xe', 'driving licence'),
    text('giấy phép lái xe quốc tế', 'international driving permit'),
  ],
  'ly-lich-tu-phap': [
    text('phiếu lý lịch tư pháp số 1', 'criminal record certificate no. 1'),
    text('phiếu lý lịch tư pháp số 2', 'criminal record certificate no. 2'),
  ],
  'nha-o': [
    text('giấy phép sửa chữa nhà ở', 'home repair permit'),
    text('hợp đồng thuê nhà ở xã hội', 'social housing lease'),
  ],
  'xuat-nhap-canh': [text('hộ chiếu phổ thông', 'ordinary passport'), text('thị thực', 'visa')],
};

const QUALIFIERS: readonly LocalizedText[] = [
  text('', ''),
  text('lần đầu', 'for the first time'),
  text('do bị mất', 'after a loss'),
  text('do bị hỏng', 'after damage'),
  text('có yếu tố nước ngoài', 'with a foreign element'),
  text('cho công dân Việt Nam ở nước ngoài', 'for Vietnamese citizens abroad'),
  text('theo yêu cầu của tổ chức', 'at an organisation’s request'),
  text('trực tuyến', 'online'),
  text('tại cấp xã', 'at commune level'),
  text('trong trường hợp đặc biệt', 'in special cases'),
];

const LEVELS: readonly (readonly Level[])[] = [['COMMUNE'], ['PROVINCE'], ['COMMUNE', 'PROVINCE'], ['OTHER']];
const ONLINE_LEVELS: readonly OnlineLevel[] = ['FULL', 'PARTIAL', 'NONE'];
// Fees seen in the catalogue, in VND: free, small certification fees, licence fees; null is "not
// published", which the picker must show too.
const FEES: readonly (number | null)[] = [0, 10_000, 50_000, 100_000, 135_000, null];
// Processing times of 1 to 15 working days cover most of the catalogue.
const MAX_WORKING_DAYS = 15;
// Synthetic codes start with 3: the seed's real codes start with 1 or 2, so they never collide.
const SYNTHETIC_CODE_PREFIX = '3.';
const CODE_DIGITS = 6;

const AUTHORITIES: Readonly<Record<Level, LocalizedText>> = {
  COMMUNE: text('Ủy ban nhân dân cấp xã', 'Commune People’s Committee'),
  PROVINCE: text('Ủy ban nhân dân thành phố Hà Nội', 'Hà Nội People’s Committee'),
  MINISTRY: text('Bộ, cơ quan ngang bộ', 'Ministry or ministerial agency'),
  OTHER: text('Cơ quan chuyên môn', 'Specialised agency'),
};

function joinWords(...parts: readonly string[]): string {
  return parts
    .filter((part) => part !== '')
    .join(' ')
    .normalize('NFC');
}

function syntheticProcedure(index: number, fields: readonly Field[]): ProcedureSummary {
  const subjectsPerField = 2;
  const action = ACTIONS[index % ACTIONS.length]!;
  const subjectIndex = Math.floor(index / ACTIONS.length) % (fields.length * subjectsPerField);
  const field = fields[Math.floor(subjectIndex / subjectsPerField)]!;
  const subject =
    SUBJECTS[field.code]?.[subjectIndex % subjectsPerField] ?? text(field.name.vi, field.name.en);
  const qualifier =
    QUALIFIERS[Math.floor(index / (ACTIONS.length * fields.length * subjectsPerField)) % QUALIFIERS.length]!;
  const onlineLevel = ONLINE_LEVELS[index % ONLINE_LEVELS.length]!;
  const fee = { amount: FEES[index % FEES.length]! };
  const processingTime = { value: 1 + (index % MAX_WORKING_DAYS), unit: 'WORKING_DAYS' as const };
  const channels: ProcedureSummary['channels'] = [{ channel: 'IN_PERSON', processingTime, fee }];
  if (onlineLevel !== 'NONE') channels.push({ channel: 'ONLINE', processingTime, fee });
  return {
    code: `${SYNTHETIC_CODE_PREFIX}${String(index).padStart(CODE_DIGITS, '0')}`,
    name: text(
      joinWords(action.vi, subject.vi, qualifier.vi),
      joinWords(action.en, subject.en, qualifier.en),
    ),
    field,
    levels: [...LEVELS[index % LEVELS.length]!],
    onlineLevel,
    // Two in three: most procedures a citizen brings to an agent point are ones it helps with.
    agentAssisted: index % 3 !== 0,
    channels,
  };
}

/**
 * `size` procedures: the real ones of `ProcedurePage.json` first (so that "khai sinh" still finds
 * the real birth registration), then synthetic ones over the fields of `FieldList.json`.
 *
 * @example
 * const procedures = largeCatalogue(); // 3,000 procedures
 */
export function largeCatalogue(size = LARGE_CATALOGUE_SIZE): ProcedureSummary[] {
  const real = example<{ items: ProcedureSummary[] }>('ProcedurePage').items;
  const fields = example<FieldList>('FieldList').items.map(({ code, name }) => ({ code, name }));
  const synthetic = Array.from({ length: Math.max(0, size - real.length) }, (_, index) =>
    syntheticProcedure(index, fields),
  );
  return [...real.slice(0, size), ...synthetic];
}

/**
 * The full record of a procedure that has no example of its own: its summary, the authority of its
 * level, and a generic checklist (a form to upload, an identity document to show).
 */
export function genericDetail(summary: ProcedureSummary): ProcedureDetail {
  return {
    ...summary,
    competentAuthority: AUTHORITIES[summary.levels[0] ?? 'OTHER'],
    applicantTypes: ['CITIZEN'],
    publishingDecision: null,
    requiredDocuments: [
      {
        code: 'TP1',
        name: text('Tờ khai theo mẫu', 'Application form (standard form)'),
        required: true,
        originals: 1,
        copies: 0,
        submission: 'UPLOAD',
        reusableFromNationalDb: false,
        acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      },
      {
        code: 'TP2',
        name: text('Giấy tờ tùy thân', 'Identity document'),
        required: true,
        originals: 1,
        copies: 0,
        submission: 'SHOW_ONLY',
        reusableFromNationalDb: true,
      },
    ],
    resultDocuments: [{ code: 'KQ1', name: text('Văn bản trả lời kết quả', 'Written decision') }],
    // The contract asks for at least one case; a procedure without variants has the general one.
    cases: [{ code: 'default', name: text('Trường hợp chung', 'General case') }],
    eForm: null,
    sourceUrl: null,
  };
}
