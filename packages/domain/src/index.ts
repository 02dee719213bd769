/**
 * @dvc-kit/domain: the rules of Vietnamese one-stop public services, shared by the sandbox server
 * and the browser elements. Pure and dependency-free: no Node APIs, no top-level side effects.
 */

export {
  CHANNELS,
  type Channel,
  type ChannelCode,
  type ChannelInfo,
  channelByCode,
  channelInfo,
  isChannel,
} from './channel.js';
export { type DateInput, formatDate, formatDateTime, toLocalDateString } from './datetime-format.js';
export { DISSATISFACTION_REASONS } from './dissatisfaction-reasons.js';
export {
  DOSSIER_CODE_DATE_FORMATS,
  DOSSIER_CODE_SEQUENCE_DIGITS,
  type DossierCodeDateFormat,
  type DossierCodeInput,
  type DossierCodeParts,
  formatDossierCode,
  isPlausibleDossierCode,
  normalizeDossierCode,
  parseDossierCode,
} from './dossier-code.js';
export {
  canRequestSupplement,
  canTransition,
  DOSSIER_STATUSES,
  DOSSIER_TRANSITIONS,
  type DossierStatusCode,
  type DossierStatusInfo,
  isFinalStatus,
  MAX_SUPPLEMENT_REQUESTS,
  nextStatuses,
  statusByCode,
  statusInfo,
} from './dossier-status.js';
export { DOSSIER_STATUS_KEYS, type DossierStatus, isDossierStatus } from './dossier-status-keys.js';
export { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText, localize } from './localized.js';
export { OFFICIAL_INDICES, type OfficialIndex } from './official-indices.js';
export {
  normalizePersonName,
  PERSON_NAME_MAX_LENGTH,
  type PersonNameInfo,
  type PersonNameResult,
  toReceiptUpperCase,
  validatePersonName,
} from './person-name.js';
export { maskPersonalId, maskPersonName } from './personal-data-masking.js';
export {
  normalizePersonalId,
  PERSONAL_ID_LENGTH,
  type PersonalIdCrossCheck,
  type PersonalIdInfo,
  type PersonalIdResult,
  parsePersonalId,
  SEXES,
  type Sex,
  validatePersonalId,
} from './personal-id.js';
export {
  isPersonalIdProvinceCode,
  PERSONAL_ID_PROVINCE_CODES,
  type PersonalIdProvinceCode,
} from './personal-id-province-codes.js';
export {
  PERSONAL_ID_PROVINCES,
  type PersonalIdProvince,
  personalIdProvince,
} from './personal-id-provinces.js';
export {
  normalizePhone,
  PHONE_KINDS,
  type PhoneInfo,
  type PhoneKind,
  type PhoneResult,
  VIETNAM_CALLING_CODE,
  validatePhone,
} from './phone.js';
export {
  AGENT_STARS,
  type AgentStars,
  DISSATISFACTION_REASON_KEYS,
  type DissatisfactionReason,
  OFFICIAL_INDEX_OPTIONS,
  type OfficialIndexAnswers,
  type OfficialIndexKey,
  type OfficialIndexOption,
  RATING_COMMENT_MAX_LENGTH,
  SATISFACTION_LEVELS,
  type SatisfactionLevel,
  type SatisfactionLevelInfo,
  type SatisfactionRating,
  type SatisfactionRatingInput,
  type SatisfactionRatingResult,
  validateSatisfactionRating,
} from './rating.js';
export {
  TAX_CODE_KINDS,
  type TaxCodeInfo,
  type TaxCodeKind,
  type TaxCodeOptions,
  type TaxCodeResult,
  validateTaxCode,
} from './tax-code.js';
export {
  isOverdue,
  TIMELINESS_VALUES,
  type Timeliness,
  type TimelinessInput,
  timeliness,
} from './timeliness.js';
export {
  hasErrors,
  toValidationResult,
  VALIDATION_SEVERITIES,
  type ValidationIssue,
  type ValidationResult,
  type ValidationSeverity,
  validationIssue,
} from './validation-issue.js';
export { VIETNAM_UTC_OFFSET_MS } from './vietnam-time.js';
export {
  addWorkingTime,
  computeDueAt,
  createWorkingCalendar,
  DEFAULT_CUTOFF,
  DEFAULT_WORKING_HOURS,
  DURATION_UNITS,
  type Duration,
  type DurationUnit,
  effectiveStartAt,
  extendForPause,
  isWorkingDay,
  type LocalTime,
  type WorkingCalendar,
  type WorkingCalendarOverrides,
  type WorkingPeriod,
  workingDayLength,
  workingTimeBetween,
} from './working-time.js';
