// The consent's pointers and text version, apart from the consent field (`review-part.ts`) and the body
// (`dossier-body.ts`), which load on demand: the form reads them from its first render.

/** The pointer of the consent checkbox. */
export const CONSENT = '/consent/personalDataProcessing';
/** Where the time the consent was ticked is kept among the values (it goes into `consent.acceptedAt`). */
export const CONSENT_ACCEPTED_AT = '/consent/acceptedAt';

/**
 * The version of the consent text the form shows (`form.consent` in both languages), sent with the
 * consent so the record says which wording the citizen agreed to. Change it whenever the text changes.
 */
export const CONSENT_TEXT_VERSION = '2025-07-01';
