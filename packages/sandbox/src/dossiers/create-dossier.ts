import { channelInfo, type WorkingCalendar } from '@dvc-kit/domain';
import type { Caller } from '../auth/authenticate.js';
import type { SandboxConfig } from '../config.js';
import type { ContractValidator } from '../contract/validator.js';
import type { FieldError } from '../http/problem.js';
import type { Location, ProcedureDetail } from '../seed/seed-types.js';
import type { AttachmentsStore } from '../store/attachments-store.js';
import type { DossiersStore } from '../store/dossiers-store.js';
import type { ReferenceStore } from '../store/reference-store.js';
import { checkAttachmentRefs, requiredUploads } from './attachment-refs.js';
import { actorOf } from './dossier-access.js';
import { issueDossierCode } from './dossier-codes.js';
import type { DossierCreate, DossierRecord, Representative, TimelineActor } from './dossier-types.js';
import { processingTimeOf, workingCalendarOf } from './due-dates.js';
import { validateFormData } from './eform-schema.js';
import { fieldError, throwIfAny, validationProblem } from './field-errors.js';
import { checkOwner, checkPersonName, checkPhone, checkRepresentative } from './person-validation.js';
import { applyTransition } from './transitions.js';

/** What creating a dossier reads and writes. */
export interface CreateDossierDeps {
  references: ReferenceStore;
  attachments: AttachmentsStore;
  dossiers: DossiersStore;
  validator: ContractValidator;
  config: Pick<SandboxConfig, 'agencyCode' | 'dossierCodeFormat' | 'autoReceive'>;
  now: Date;
}

/** Checks where the result goes: a place that returns results, or a postal address in Hanoi. */
function checkDelivery(input: DossierCreate, references: ReferenceStore): FieldError[] {
  const { delivery } = input;
  switch (delivery.method) {
    case 'AT_LOCATION': {
      const location = references.location(delivery.locationId);
      if (!location) {
        return [fieldError('/delivery/locationId', 'unknown-location', UNKNOWN_LOCATION)];
      }
      if (!location.acceptsResultReturn) {
        return [
          fieldError('/delivery/locationId', 'no-result-return', {
            vi: 'Địa điểm này không trả kết quả. Vui lòng chọn địa điểm khác.',
            en: 'Results are not returned at this place. Choose another one.',
          }),
        ];
      }
      return [];
    }
    case 'POSTAL': {
      const { address } = delivery;
      return [
        ...checkPersonName(address.recipientName, '/delivery/address/recipientName').errors,
        ...checkPhone(address.phone, '/delivery/address/phone').errors,
        ...(references.ward(address.wardCode)
          ? []
          : [
              fieldError('/delivery/address/wardCode', 'unknown-ward', {
                vi: 'Không có phường, xã nào của Hà Nội mang mã này.',
                en: 'No ward or commune of Hanoi has this code.',
              }),
            ]),
      ];
    }
    case 'ELECTRONIC':
      return [];
  }
}

/**
 * Where the dossier is received: the location named in the request, else the counter session's agent
 * point. A partner can receive at the Center's places and at its own agent points, not another
 * partner's.
 */
function checkReceivingLocation(
  input: DossierCreate,
  caller: Caller,
  references: ReferenceStore,
): { location?: Location; errors: FieldError[] } {
  const id = input.receivingLocationId ?? (caller.kind === 'embed-token' ? caller.agentPointId : null);
  const pointer = '/receivingLocationId';
  if (!id) {
    return {
      errors: [
        fieldError(pointer, 'required', {
          vi: 'Vui lòng cho biết nơi tiếp nhận hồ sơ.',
          en: 'Give receivingLocationId: where the dossier is received.',
        }),
      ],
    };
  }
  const location = references.location(id);
  if (!location) return { errors: [fieldError(pointer, 'unknown-location', UNKNOWN_LOCATION)] };
  if (location.type === 'AGENT_POINT' && location.partnerCode !== caller.partnerCode) {
    return {
      errors: [
        fieldError(pointer, 'foreign-agent-point', {
          vi: 'Điểm đại lý này thuộc đối tác khác.',
          en: 'This agent point belongs to another partner.',
        }),
      ],
    };
  }
  return { location, errors: [] };
}

/**
 * The first steps of a new dossier's timeline. Handed in at a counter (IN_PERSON), it is received on the
 * spot and the clock starts now. Filed online or by post, it is SUBMITTED; with `autoReceive` the
 * simulated back office receives it at once (a second event, by SYSTEM), so the receipt carries an
 * appointment.
 */
function startTimeline(
  dossier: DossierRecord,
  filing: { actor: TimelineActor; location: Location; autoReceive: boolean },
  clock: { now: Date; calendar: WorkingCalendar },
): DossierRecord {
  const { actor, location } = filing;
  const channelLabel = channelInfo(dossier.channel).label;
  if (dossier.channel === 'IN_PERSON') {
    return applyTransition(
      dossier,
      {
        to: 'RECEIVED',
        actor,
        note: {
          vi: `Tiếp nhận hồ sơ ${channelLabel.vi.toLowerCase()} tại ${location.name.vi}.`,
          en: `Received ${channelLabel.en.toLowerCase()} at ${location.name.en}.`,
        },
      },
      clock,
    );
  }
  const submitted: DossierRecord = {
    ...dossier,
    timeline: [
      {
        at: clock.now.toISOString(),
        status: 'SUBMITTED',
        actor,
        note: {
          vi: `Nộp hồ sơ qua kênh ${channelLabel.vi.toLowerCase()}.`,
          en: `Filed through the ${channelLabel.en.toLowerCase()} channel.`,
        },
      },
    ],
  };
  if (!filing.autoReceive) return submitted;
  return applyTransition(
    submitted,
    {
      to: 'RECEIVED',
      actor: 'SYSTEM',
      note: {
        vi: 'Hệ thống mô phỏng đã tiếp nhận hồ sơ.',
        en: 'The simulated back office received the dossier.',
      },
    },
    clock,
  );
}

function procedureOf(input: DossierCreate, references: ReferenceStore): ProcedureDetail {
  const procedure = references.procedure(input.procedureCode);
  if (!procedure) {
    throw validationProblem(
      [
        fieldError('/procedureCode', 'unknown-procedure', {
          vi: 'Không tìm thấy thủ tục hành chính này.',
          en: 'There is no procedure with this code.',
        }),
      ],
      'The dossier',
    );
  }
  return procedure;
}

/**
 * Creates a dossier from a validated `DossierCreate`: checks it against the catalogue and the domain's
 * rules (every failure a field error with a pointer into the body), issues its code, starts its
 * timeline and — once received — its due date, and stores it. Runs in one transaction.
 *
 * The checks: the procedure exists and offers the channel; the case exists (default: the first); the
 * owner's name, personal ID (structure, and year of birth and sex against the form), phone, date of
 * birth and address; the representative (default: the counter session's staff member, so the record
 * shows who filed for whom); the e-form data against the procedure's e-form; the attachments (this
 * partner's uploads, documents of the checklist, every required upload present); where the result goes;
 * where the dossier is received.
 *
 * @throws ProblemError 422 `validation` with every field error found.
 */
export function createDossier(input: DossierCreate, caller: Caller, deps: CreateDossierDeps): DossierRecord {
  const { references, now } = deps;
  const procedure = procedureOf(input, references);
  const errors: FieldError[] = [];

  const offer = procedure.channels.find((candidate) => candidate.channel === input.channel);
  if (!offer) {
    errors.push(
      fieldError('/channel', 'channel-not-offered', {
        vi: 'Thủ tục này không nhận hồ sơ qua kênh đã chọn.',
        en: 'This procedure is not offered through the chosen channel.',
      }),
    );
  }
  const caseCode = input.caseCode ?? procedure.cases[0]?.code ?? 'default';
  if (!procedure.cases.some((candidate) => candidate.code === caseCode)) {
    errors.push(
      fieldError('/caseCode', 'unknown-case', {
        vi: 'Thủ tục này không có trường hợp này.',
        en: 'This procedure has no such case.',
      }),
    );
  }

  const wardOf = (code: string) => references.ward(code);
  const owner = checkOwner(input.owner, { ward: wardOf, now });
  const attachments = checkAttachmentRefs(input.attachments, {
    procedure,
    partnerCode: caller.partnerCode,
    attachment: (id) => deps.attachments.meta(id),
    mustCover: requiredUploads(procedure),
  });
  const attachedCodes = new Set(input.attachments.map((ref) => ref.documentCode));
  const staff = caller.kind === 'embed-token' ? caller.staff : null;
  let representative: Representative | null = null;
  if (input.representative) {
    const checked = checkRepresentative(input.representative, attachedCodes, now);
    errors.push(...checked.errors);
    representative = checked.value;
  } else if (staff) {
    representative = { role: 'AGENT_STAFF', fullName: staff.fullName };
  }
  const receiving = checkReceivingLocation(input, caller, references);
  errors.push(
    ...owner.errors,
    ...validateFormData(deps.validator, procedure.eForm, input.formData, {
      isKnownWard: (code) => wardOf(code) !== undefined,
      now,
    }),
    ...attachments.errors,
    ...checkDelivery(input, references),
    ...receiving.errors,
  );
  throwIfAny(errors, 'The dossier');
  // Both are set once there are no errors; the checks above guarantee it.
  const location = receiving.location!;
  const chosenOffer = offer!;

  const calendar = workingCalendarOf(references.holidayDates());
  const actor = actorOf(caller);
  const nowText = now.toISOString();

  // The code's number is drawn in the same transaction as the insert, so a number is used exactly once.
  return deps.dossiers.inTransaction(() => {
    const code = issueDossierCode((dayKey) => deps.dossiers.nextSequence(dayKey), deps.config, now);
    const filed: DossierRecord = {
      code,
      procedure: { code: procedure.code, name: procedure.name },
      caseCode,
      channel: input.channel,
      status: 'SUBMITTED',
      owner: owner.value,
      representative,
      formData: input.formData,
      attachments: attachments.value,
      delivery: input.delivery,
      receivingLocation: { id: location.id, name: location.name },
      competentAuthority: procedure.competentAuthority,
      partnerCode: caller.partnerCode,
      agentPointId:
        (caller.kind === 'embed-token' ? caller.agentPointId : null) ??
        (location.type === 'AGENT_POINT' ? location.id : null),
      staff,
      fee: chosenOffer.fee,
      submittedAt: nowText,
      receivedAt: null,
      dueAt: null,
      returnedAt: null,
      timeline: [],
      supplementRequest: null,
      clientReference: input.clientReference ?? null,
      processingTime: processingTimeOf(procedure, input.channel, caseCode),
      supplementRequestCount: 0,
      consent: input.consent,
    };
    const dossier = startTimeline(
      filed,
      { actor, location, autoReceive: deps.config.autoReceive },
      { now, calendar },
    );
    deps.dossiers.insert(dossier);
    return dossier;
  });
}

const UNKNOWN_LOCATION = {
  vi: 'Không tìm thấy địa điểm này.',
  en: 'There is no location with this id.',
};
