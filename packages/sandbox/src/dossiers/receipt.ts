import { toReceiptUpperCase } from '@dvc-kit/domain';
import type { ProcedureDetail } from '../seed/seed-types.js';
import type { DossierRecord, Receipt, ReceiptDocument } from './dossier-types.js';
import { addressText, type PlaceLookup, resultReturnDescription } from './result-return.js';

/** One set of documents per dossier: the sandbox files each dossier once ("số lượng hồ sơ: 01 bộ"). */
const SET_COUNT = 1;

/**
 * The documents the dossier handed in, in the order of the procedure's checklist, with the numbers of
 * originals and copies the checklist asks for. Checklist copies are "bản sao" — certified copies or
 * copies from the master register — so they count as certified copies; the checklists ask for no
 * plain photocopies.
 */
function submittedDocuments(
  record: DossierRecord,
  procedure: ProcedureDetail | undefined,
): ReceiptDocument[] {
  const attached = new Set(record.attachments.map((attachment) => attachment.documentCode));
  return (procedure?.requiredDocuments ?? [])
    .filter((document) => attached.has(document.code))
    .map((document) => ({
      name: document.name,
      originals: document.originals,
      certifiedCopies: document.copies,
      photocopies: 0,
    }));
}

/**
 * Who handed the dossier in: the representative when there is one (an agent's staff member, whose
 * address is the agent point's; an authorised person, whose address the contract does not carry), else
 * the owner. Names are printed in upper case, as on Form 01.
 */
function submitterOf(record: DossierRecord, places: PlaceLookup): Receipt['submitter'] {
  const { representative, owner } = record;
  if (representative) {
    const location =
      representative.role === 'AGENT_STAFF' ? places.location(record.receivingLocation.id) : undefined;
    return {
      fullName: toReceiptUpperCase(representative.fullName),
      address: location ? addressText(location.addressDetail, location.wardCode, places).vi : '',
      phone: representative.phone ?? null,
      email: null,
      personalId: representative.personalId ?? null,
    };
  }
  return {
    fullName: toReceiptUpperCase(owner.fullName),
    address: addressText(owner.address.detail, owner.address.wardCode, places).vi,
    phone: owner.phone,
    email: owner.email ?? null,
    personalId: owner.personalId,
  };
}

/** How the fee is collected: nothing to collect when it is free, at the counter in person, else online. */
function feeCollectionOf(record: DossierRecord): Receipt['feeCollection'] {
  if (record.fee.amount === 0) return 'FREE';
  return record.channel === 'IN_PERSON' ? 'AT_COUNTER' : 'ONLINE_PAYMENT';
}

/**
 * The data of the receipt (Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"): receiving unit,
 * submitter and owner, procedure, the documents handed in, the legal processing time, when it was
 * received and when the result is due, where the result is returned, and the fee. The appointment is
 * the current due date, so a receipt printed after a supplement shows the extended date. A dossier not
 * yet received (online, waiting for intake) gets an acknowledgement with no appointment yet.
 */
export function buildReceipt(
  record: DossierRecord,
  procedure: ProcedureDetail | undefined,
  places: PlaceLookup,
): Receipt {
  return {
    dossierCode: record.code,
    receivingUnit: record.receivingLocation,
    submitter: submitterOf(record, places),
    owner: { fullName: toReceiptUpperCase(record.owner.fullName) },
    procedure: record.procedure,
    documents: submittedDocuments(record, procedure),
    setCount: SET_COUNT,
    processingTime: record.processingTime,
    receivedAt: record.receivedAt,
    appointmentAt: record.dueAt,
    resultReturn: {
      method: record.delivery.method,
      description: resultReturnDescription(record.delivery, places, 'owner'),
    },
    fee: record.fee,
    feeCollection: feeCollectionOf(record),
    issuedAt: record.receivedAt ?? record.submittedAt,
  };
}
