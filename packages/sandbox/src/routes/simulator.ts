import { canTransition, type DossierStatus } from '@dvc-kit/domain';
import { authenticate } from '../auth/authenticate.js';
import { requiredUploads } from '../dossiers/attachment-refs.js';
import { findPartnerDossier } from '../dossiers/dossier-access.js';
import type { SupplementRequest } from '../dossiers/dossier-types.js';
import { toDossier } from '../dossiers/dossier-views.js';
import { workingCalendarOf } from '../dossiers/due-dates.js';
import { fieldError, throwIfAny } from '../dossiers/field-errors.js';
import { normalizeNfcDeep } from '../dossiers/normalize-text.js';
import { applyTransition, happyPathNext, invalidState } from '../dossiers/transitions.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import type { FieldError, LocalizedText } from '../http/problem.js';
import type { ProcedureDetail } from '../seed/seed-types.js';
import { DossiersStore } from '../store/dossiers-store.js';
import { RatingsStore } from '../store/ratings-store.js';
import { ReferenceStore } from '../store/reference-store.js';

interface DossierAdvance {
  to?: DossierStatus;
  note?: LocalizedText;
  missingDocumentCodes?: string[];
}

/**
 * The documents a supplement request asks for: the codes given (each a document of the procedure's
 * checklist), or by default the first required upload — the simulator's stand-in for an officer's
 * judgement.
 */
function missingDocumentsOf(
  procedure: ProcedureDetail,
  codes: readonly string[] | undefined,
): { documents: SupplementRequest['missingDocuments']; errors: FieldError[] } {
  const pointer = '/missingDocumentCodes';
  const requested =
    codes ??
    requiredUploads(procedure)
      .slice(0, 1)
      .map((document) => document.code);
  if (requested.length === 0) {
    return {
      documents: [],
      errors: [
        fieldError(pointer, 'required', {
          vi: 'Cần nêu ít nhất một giấy tờ phải bổ sung.',
          en: 'Name at least one document to supply (this procedure has no required upload to default to).',
        }),
      ],
    };
  }
  const documents: SupplementRequest['missingDocuments'] = [];
  const errors: FieldError[] = [];
  requested.forEach((code, index) => {
    const document = procedure.requiredDocuments.find((candidate) => candidate.code === code);
    if (document) documents.push({ code: document.code, name: document.name });
    else {
      errors.push(
        fieldError(`${pointer}/${index}`, 'unknown-document', {
          vi: 'Thủ tục này không có thành phần hồ sơ mang mã này.',
          en: 'This procedure has no required document with this code.',
        }),
      );
    }
  });
  return { documents, errors };
}

/**
 * `POST /v1/sandbox/dossiers/{code}/advance`: the simulated back office moves one of the caller's own
 * dossiers — to `to`, or to the next status on the happy path — under the national transition rules.
 * Every move is an officer's, on the timeline with the note given.
 */
export function registerSimulatorRoutes(app: SandboxApp, context: SandboxContext): void {
  // The body is optional (`requestBody.required: false`): a bare POST means "the next step". An absent
  // body is read as an empty object before the contract's schema, which types the body as an object.
  app.register(async (scope) => {
    scope.addHook('preValidation', async (request) => {
      if (request.body === undefined || request.body === null) request.body = {};
    });
    registerAdvance(scope, context);
  });
}

function registerAdvance(app: SandboxApp, context: SandboxContext): void {
  const dossiers = new DossiersStore(context.db);
  const ratings = new RatingsStore(context.db);
  const references = new ReferenceStore(context.db);

  registerOperation<DossierAdvance, unknown, { code: string }>(app, 'advanceDossier', async (request) => {
    const caller = await authenticate(request, context, ['embed-token', 'secret-key'], 'sandbox:simulate');
    const body = normalizeNfcDeep(request.body);
    const now = context.now();
    return dossiers.inTransaction(() => {
      const record = findPartnerDossier(dossiers, request.params.code, caller.partnerCode);
      const to = body.to ?? happyPathNext(record.status);
      if (!to || !canTransition(record.status, to))
        throw invalidState(record, to ? `move to ${to}` : 'move on');

      let supplement: Pick<SupplementRequest, 'reason' | 'missingDocuments'> | undefined;
      if (to === 'SUPPLEMENT_REQUESTED') {
        const procedure = references.procedure(record.procedure.code);
        if (!procedure)
          throw new Error(`The procedure ${record.procedure.code} of ${record.code} left the catalogue`);
        const missing = missingDocumentsOf(procedure, body.missingDocumentCodes);
        throwIfAny(missing.errors, 'The supplement request');
        const names = missing.documents.map((document) => document.name);
        supplement = {
          missingDocuments: missing.documents,
          reason: body.note ?? {
            vi: `Hồ sơ cần bổ sung: ${names.map((name) => name.vi).join('; ')}.`,
            en: `The dossier needs: ${names.map((name) => name.en).join('; ')}.`,
          },
        };
      } else if (body.missingDocumentCodes !== undefined) {
        throwIfAny(
          [
            fieldError('/missingDocumentCodes', 'not-applicable', {
              vi: 'Chỉ nêu giấy tờ cần bổ sung khi yêu cầu bổ sung hồ sơ.',
              en: 'missingDocumentCodes only goes with to = SUPPLEMENT_REQUESTED.',
            }),
          ],
          'The move',
        );
      }

      const moved = applyTransition(
        record,
        {
          to,
          actor: 'OFFICER',
          // A supplement request without a note shows its reason on the timeline.
          ...(body.note || supplement ? { note: body.note ?? supplement?.reason } : {}),
          ...(supplement ? { supplement } : {}),
        },
        { now, calendar: workingCalendarOf(references.holidayDates()) },
      );
      dossiers.update(moved);
      return toDossier(moved, { rated: ratings.isDossierRated(moved.code), now });
    });
  });
}
