import { AGENT_STARS, type DossierStatus, SATISFACTION_LEVELS } from '@dvc-kit/domain';

/**
 * What `<dvc-rating>` rates: `dossier`, the citizen's satisfaction with one dossier on the official
 * 3-level scale, or `agent-point`, 1–5 stars for the agent point that served them.
 */
export const RATING_KINDS = ['dossier', 'agent-point'] as const;

/** `'dossier'` or `'agent-point'`. */
export type RatingKind = (typeof RATING_KINDS)[number];

/** Whether `value` is one of {@link RATING_KINDS}. */
export function isRatingKind(value: unknown): value is RatingKind {
  return (RATING_KINDS as readonly unknown[]).includes(value);
}

/**
 * The values a rating of `kind` can take, as the form value carries them: the satisfaction levels of
 * `@dvc-kit/domain` (`VERY_SATISFIED`, `SATISFIED`, `DISSATISFIED`) or the stars as digits (`'1'`…`'5'`).
 */
export function ratingValues(kind: RatingKind): readonly string[] {
  return kind === 'dossier' ? SATISFACTION_LEVELS.map((level) => level.key) : AGENT_STARS.map(String);
}

/**
 * The statuses in which a dossier can be rated: its result is ready or has been returned (the server
 * answers `invalid-state` before that). The citizen judges the whole handling, so not earlier.
 */
export const RATABLE_STATUSES = ['RESULT_READY', 'RETURNED'] as const satisfies readonly DossierStatus[];

/** Whether a dossier in `status` can be rated. */
export function isRatableStatus(status: DossierStatus): boolean {
  return (RATABLE_STATUSES as readonly DossierStatus[]).includes(status);
}
