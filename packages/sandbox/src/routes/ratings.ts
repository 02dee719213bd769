import { randomUUID } from 'node:crypto';
import {
  type DissatisfactionReason,
  isPlausibleDossierCode,
  type SatisfactionLevel,
  type ValidationIssue,
  validateSatisfactionRating,
} from '@dvc-kit/domain';
import { authenticate } from '../auth/authenticate.js';
import { findOwnerDossier } from '../dossiers/dossier-access.js';
import { RESULT_STATUSES } from '../dossiers/dossier-views.js';
import { fieldError, throwIfAny } from '../dossiers/field-errors.js';
import { normalizeNfcDeep } from '../dossiers/normalize-text.js';
import { registerOperation, type SandboxApp, type SandboxContext } from '../http/operation.js';
import { type FieldError, ProblemError } from '../http/problem.js';
import { DossiersStore } from '../store/dossiers-store.js';
import { type RatingAudit, RatingsStore } from '../store/ratings-store.js';
import { ReferenceStore } from '../store/reference-store.js';

type OfficialIndices = Record<string, string>;

interface DossierRatingCreate {
  ownerPersonalId: string;
  satisfaction: SatisfactionLevel;
  reasons?: DissatisfactionReason[];
  comment?: string;
  officialIndices?: OfficialIndices;
  via: 'CITIZEN_DEVICE' | 'COUNTER_HANDOVER';
}

interface LocationRatingCreate {
  stars: number;
  comment?: string;
  dossierCode?: string;
}

/** Where each of the domain's rating issues points in the request body. */
function pointerOfRatingIssue(issue: ValidationIssue): string {
  if (issue.code === 'rating.level') return '/satisfaction';
  if (issue.code === 'rating.comment-too-long') return '/comment';
  if (issue.code.startsWith('rating.index.'))
    return `/officialIndices/${issue.code.slice('rating.index.'.length)}`;
  return '/reasons';
}

/**
 * The ratings: the citizen's satisfaction with a dossier (once, after the result is ready; the owner's
 * ID number proves it is the citizen) and 1–5 stars for an agent point. Each is stored with the partner,
 * agent point and staff member it came through, for audit.
 */
export function registerRatingRoutes(app: SandboxApp, context: SandboxContext): void {
  const dossiers = new DossiersStore(context.db);
  const ratings = new RatingsStore(context.db);
  const references = new ReferenceStore(context.db);

  registerOperation<DossierRatingCreate, unknown, { code: string }>(
    app,
    'rateDossier',
    async (request, reply) => {
      const caller = await authenticate(request, context, ['embed-token'], 'rating:create');
      const body = normalizeNfcDeep(request.body);
      const checked = validateSatisfactionRating({
        level: body.satisfaction,
        reasons: body.reasons ?? [],
        comment: body.comment ?? null,
        indices: body.officialIndices ?? {},
      });
      if (!checked.ok) {
        throwIfAny(
          checked.issues
            .filter((issue) => issue.severity === 'error')
            .map((issue) => fieldError(pointerOfRatingIssue(issue), issue.code, issue.message)),
          'The rating',
        );
      }
      const now = context.now();
      const rating = context.db.transaction(() => {
        const record = findOwnerDossier(dossiers, request.params.code, body.ownerPersonalId);
        if (!RESULT_STATUSES.includes(record.status)) {
          throw new ProblemError(
            'invalid-state',
            `Dossier ${record.code} is ${record.status}: it can be rated once its result is ready.`,
          );
        }
        const value = checked.ok ? checked.value : undefined;
        const stored = {
          dossierCode: record.code,
          satisfaction: body.satisfaction,
          reasons: [...(value?.reasons ?? [])],
          comment: value?.comment ?? null,
          officialIndices: body.officialIndices ?? null,
          via: body.via,
          agentPointId: caller.kind === 'embed-token' ? caller.agentPointId : null,
          ratedAt: now.toISOString(),
        };
        const audit: RatingAudit = {
          partnerCode: caller.partnerCode,
          agentPointId: caller.kind === 'embed-token' ? caller.agentPointId : null,
          staffId: caller.kind === 'embed-token' ? (caller.staff?.id ?? null) : null,
          credential: caller.kind,
        };
        if (!ratings.insertDossierRating(record.code, stored, audit)) {
          throw new ProblemError(
            'already-rated',
            `Dossier ${record.code} has already been rated; a dossier is rated once.`,
          );
        }
        return stored;
      })();
      reply.code(201);
      return rating;
    },
  );

  registerOperation<LocationRatingCreate, unknown, { id: string }>(
    app,
    'rateLocation',
    async (request, reply) => {
      const caller = await authenticate(request, context, ['embed-token'], 'rating:create');
      const body = normalizeNfcDeep(request.body);
      const location = references.location(request.params.id);
      if (!location) throw new ProblemError('not-found', `There is no location ${request.params.id}.`);
      const errors: FieldError[] = [];
      if (location.type !== 'AGENT_POINT') {
        errors.push(
          fieldError('path/id', 'not-an-agent-point', {
            vi: 'Chỉ đánh giá sao cho điểm đại lý dịch vụ công.',
            en: 'Stars are for agent points only.',
          }),
        );
      }
      const dossierCode = body.dossierCode?.trim();
      if (dossierCode !== undefined && !isPlausibleDossierCode(dossierCode)) {
        errors.push(
          fieldError('/dossierCode', 'dossier-code', {
            vi: 'Mã hồ sơ không đúng định dạng.',
            en: 'This is not a dossier code.',
          }),
        );
      }
      throwIfAny(errors, 'The rating');
      const rating = {
        id: `lr_${randomUUID().replaceAll('-', '')}`,
        locationId: location.id,
        stars: body.stars,
        comment: body.comment?.trim() || null,
        ratedAt: context.now().toISOString(),
      };
      ratings.insertLocationRating(
        rating.id,
        location.id,
        { ...rating, dossierCode: dossierCode ?? null },
        {
          partnerCode: caller.partnerCode,
          agentPointId: caller.kind === 'embed-token' ? caller.agentPointId : null,
          staffId: caller.kind === 'embed-token' ? (caller.staff?.id ?? null) : null,
          credential: caller.kind,
        },
      );
      reply.code(201);
      return rating;
    },
  );
}
