import { canTransition, type DossierStatus } from '@dvc-kit/domain';
import { authenticate } from '../auth/authenticate.js';
import { checkAttachmentRefs } from '../dossiers/attachment-refs.js';
import { createDossier } from '../dossiers/create-dossier.js';
import { actorOf, findOwnerDossier, findPartnerDossier } from '../dossiers/dossier-access.js';
import { decodeDossierCursor, encodeDossierCursor } from '../dossiers/dossier-cursor.js';
import type { AttachmentRef, DossierCreate } from '../dossiers/dossier-types.js';
import { toDossier, toDossierSummary, toStatusView } from '../dossiers/dossier-views.js';
import { workingCalendarOf } from '../dossiers/due-dates.js';
import { fieldError, throwIfAny } from '../dossiers/field-errors.js';
import { normalizeNfcDeep } from '../dossiers/normalize-text.js';
import { buildReceipt } from '../dossiers/receipt.js';
import { applyTransition, invalidState } from '../dossiers/transitions.js';
import { DEFAULT_PAGE_LIMIT } from '../http/cursor.js';
import { handleIdempotently, requireIdempotencyKey, startIdempotencyKeyPurge } from '../http/idempotency.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import { ProblemError } from '../http/problem.js';
import { AttachmentsStore } from '../store/attachments-store.js';
import { DossiersStore } from '../store/dossiers-store.js';
import { RatingsStore } from '../store/ratings-store.js';
import { ReferenceStore } from '../store/reference-store.js';

interface DossierCodeParams {
  code: string;
}

interface ListDossiersQuery {
  agentPointId?: string;
  status?: DossierStatus;
  limit?: number;
  cursor?: string;
}

interface SupplementCreate {
  ownerPersonalId: string;
  attachments: AttachmentRef[];
  note?: string;
}

interface WithdrawalCreate {
  ownerPersonalId: string;
  reason: string;
}

/** The path of a dossier, for `Location`. */
function dossierPath(code: string): string {
  return `/v1/dossiers/${encodeURIComponent(code)}`;
}

/**
 * The dossier operations: submission (exactly once per `Idempotency-Key`), the partner's own list,
 * dossier and receipt, and the citizen's supplement and withdrawal.
 */
export function registerDossierRoutes(app: SandboxApp, context: SandboxContext): void {
  const references = new ReferenceStore(context.db);
  const attachments = new AttachmentsStore(context.db);
  const dossiers = new DossiersStore(context.db);
  const ratings = new RatingsStore(context.db);
  const calendar = () => workingCalendarOf(references.holidayDates());

  startIdempotencyKeyPurge(app, context);

  // Submission has its own scope so that the missing-key check applies to it alone.
  app.register(async (scope) => {
    scope.addHook('preValidation', requireIdempotencyKey);
    registerOperation<DossierCreate>(scope, 'createDossier', async (request, reply) => {
      const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'dossier:create');
      return handleIdempotently(
        request,
        reply,
        context,
        { partnerCode: caller.partnerCode, operationId: 'createDossier' },
        () => {
          const now = context.now();
          const record = createDossier(normalizeNfcDeep(request.body), caller, {
            references,
            attachments,
            dossiers,
            validator: context.validator,
            config: context.config,
            now,
          });
          return {
            status: 201,
            body: {
              dossier: toDossier(record, { rated: false, now }),
              receipt: buildReceipt(record, references.procedure(record.procedure.code), references),
            },
            headers: { location: dossierPath(record.code) },
          };
        },
      );
    });
  });

  registerOperation<unknown, ListDossiersQuery>(app, 'listDossiers', async (request) => {
    const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'dossier:read');
    const { agentPointId, status, cursor } = request.query;
    const filters = { agentPointId, status };
    const limit = request.query.limit ?? DEFAULT_PAGE_LIMIT;
    // One row more than the page tells whether another page follows.
    const rows = dossiers.listForPartner(
      caller.partnerCode,
      filters,
      decodeDossierCursor(cursor, filters),
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const now = context.now();
    return {
      items: page.map((record) => toDossierSummary(record, now)),
      nextCursor:
        rows.length > limit && last
          ? encodeDossierCursor({ submittedAt: last.submittedAt, code: last.code }, filters)
          : null,
    };
  });

  registerOperation<unknown, unknown, DossierCodeParams>(app, 'getDossier', async (request) => {
    const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'dossier:read');
    const record = findPartnerDossier(dossiers, request.params.code, caller.partnerCode);
    return toDossier(record, { rated: ratings.isDossierRated(record.code), now: context.now() });
  });

  registerOperation<unknown, unknown, DossierCodeParams>(app, 'getDossierReceipt', async (request) => {
    const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'dossier:read');
    const record = findPartnerDossier(dossiers, request.params.code, caller.partnerCode);
    return buildReceipt(record, references.procedure(record.procedure.code), references);
  });

  registerOperation<SupplementCreate, unknown, DossierCodeParams>(
    app,
    'supplementDossier',
    async (request) => {
      const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'dossier:update');
      const body = normalizeNfcDeep(request.body);
      const now = context.now();
      return dossiers.inTransaction(() => {
        const record = findOwnerDossier(dossiers, request.params.code, body.ownerPersonalId);
        const open = record.status === 'SUPPLEMENT_REQUESTED' ? record.supplementRequest : null;
        if (!open || open.fulfilledAt !== null) {
          throw new ProblemError(
            'invalid-state',
            `Dossier ${record.code} has no open supplement request (it is ${record.status}).`,
          );
        }
        const procedure = references.procedure(record.procedure.code);
        if (!procedure)
          throw new Error(`The procedure ${record.procedure.code} of ${record.code} left the catalogue`);
        const supplied = checkAttachmentRefs(body.attachments, {
          procedure,
          partnerCode: caller.partnerCode,
          attachment: (id) => attachments.meta(id),
          mustCover: open.missingDocuments,
        });
        throwIfAny(supplied.errors, 'The supplement');
        const note = body.note?.trim();
        const resumed = applyTransition(
          record,
          {
            to: 'PROCESSING',
            actor: actorOf(caller),
            note: note
              ? { vi: `Đã bổ sung giấy tờ: ${note}`, en: `Documents supplied: ${note}` }
              : { vi: 'Đã bổ sung giấy tờ còn thiếu.', en: 'The missing documents were supplied.' },
          },
          { now, calendar: calendar() },
        );
        const updated = { ...resumed, attachments: [...record.attachments, ...supplied.value] };
        dossiers.update(updated);
        return toStatusView(updated, {
          rated: ratings.isDossierRated(updated.code),
          now,
          places: references,
        });
      });
    },
  );

  registerOperation<WithdrawalCreate, unknown, DossierCodeParams>(app, 'withdrawDossier', async (request) => {
    const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'dossier:update');
    const body = normalizeNfcDeep(request.body);
    const reason = body.reason.trim();
    if (reason === '') {
      throw new ProblemError('validation', 'The reason is blank.', {
        errors: [
          fieldError('/reason', 'required', {
            vi: 'Vui lòng cho biết lý do rút hồ sơ.',
            en: 'Give the reason for withdrawing the dossier.',
          }),
        ],
      });
    }
    const now = context.now();
    return dossiers.inTransaction(() => {
      const record = findOwnerDossier(dossiers, request.params.code, body.ownerPersonalId);
      if (!canTransition(record.status, 'WITHDRAWN')) throw invalidState(record, 'be withdrawn');
      const withdrawn = applyTransition(
        record,
        {
          to: 'WITHDRAWN',
          actor: actorOf(caller),
          note: { vi: `Lý do rút hồ sơ: ${reason}`, en: `Reason for withdrawal: ${reason}` },
        },
        { now, calendar: calendar() },
      );
      dossiers.update(withdrawn);
      return toStatusView(withdrawn, {
        rated: ratings.isDossierRated(withdrawn.code),
        now,
        places: references,
      });
    });
  });
}
