// The agent-point counter page: a staff member signs in (the partner backend's stub), then for each
// citizen chooses the procedure, fills in and submits the dossier, prints the receipt, tracks the
// dossier and hands the device over for the citizen's rating. The elements come from the
// self-contained bundle; the client (and the outbox) from the examples' client bundle. No inline
// script or style anywhere: the page runs under a strict CSP.

import { BackendProblem, callBackend, embedTokenFrom } from '/shared/backend-api.js';
import { createPageLanguage } from '/shared/page-language.js';
import {
  createClient,
  createIndexedDbOutboxStore,
  createOutbox,
  isDvcApiError,
  statusInfo,
} from '/vendor/dvc-client.js';
import { RATABLE_STATUSES, THEME_NAMES, THEME_PRESETS } from '/vendor/dvc-kit.bundle.js';
import { createOutboxPanel } from './outbox-panel.js';
import { ENGLISH, MESSAGES } from './page-text.js';
import { setUpSignIn } from './sign-in.js';

/** @typedef {import('./sign-in.js').StaffSession} StaffSession */
/** @typedef {'picker' | 'form' | 'receipt' | 'tracker' | 'rating'} Step */

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {any} `<dvc-provider>` */
const provider = byId('provider');
/**
 * `<dvc-procedure-picker>`, created once the page has a client (a picker left without one warns).
 * @type {any}
 */
let picker;
/** @type {any} `<dvc-receipt>` */
const receipt = byId('receipt');
/** @type {any} `<dvc-status-tracker>` */
const tracker = byId('tracker');

const language = createPageLanguage(ENGLISH);
/** The status page a receipt's QR code and a rating's QR code open: the partner's citizen app. */
const statusUrl = `${location.origin}/app/?code={code}`;

/** The counter's state: who is signed in, their client and outbox, the dossiers on screen. */
const state = {
  /** @type {StaffSession | undefined} */ session: undefined,
  /** @type {string | undefined} */ apiUrl: undefined,
  /** @type {any} */ outbox: undefined,
  /** @type {ReturnType<typeof createOutboxPanel> | undefined} */ outboxPanel: undefined,
  /** The code of the dossier just submitted here. @type {string | undefined} */ submittedCode: undefined,
  /** The dossier the tracker shows. @type {{ code: string, status: string } | undefined} */ tracked:
    undefined,
  /** The last line of the simulator. @type {import('/shared/page-language.js').PageText | undefined} */
  advanceMessage: undefined,
};

// ——— partner theme and language ———

/** The theme named after the partner code (`VIETTEL_POST` → `viettel-post`), if there is one. */
const themeOfPartner = (/** @type {string} */ partnerCode) =>
  THEME_NAMES.find((/** @type {string} */ name) => name === partnerCode.toLowerCase().replaceAll('_', '-'));

const themeSelect = /** @type {HTMLSelectElement} */ (byId('theme-select'));
themeSelect.replaceChildren(
  ...THEME_NAMES.map((/** @type {string} */ name) => new Option(THEME_PRESETS[name].partner, name)),
);
themeSelect.value = provider.theme;
themeSelect.addEventListener('change', () => {
  provider.theme = themeSelect.value;
});

const languageButton = byId('language-button');
languageButton.addEventListener('click', async () => {
  const next = language.locale === 'vi' ? 'en' : 'vi';
  // The provider switches every element (`setLocale`) and resolves once the messages are loaded.
  provider.locale = next;
  await provider.updateComplete;
  language.apply(next);
  renderDynamicText();
});

/** Re-writes the text the script wrote, in the page's language. */
function renderDynamicText() {
  languageButton.textContent = language.text(MESSAGES.languageButton);
  languageButton.lang = language.text(MESSAGES.languageButtonLang);
  const staffLine = byId('staff-line');
  staffLine.hidden = state.session === undefined;
  if (state.session) {
    staffLine.textContent = language.text(
      MESSAGES.signedInAs(state.session.staff.fullName, state.session.agentPoint.name),
    );
  }
  if (state.submittedCode) {
    byId('receipt-code-line').textContent = language.text(MESSAGES.receiptCode(state.submittedCode));
    byId('tracker-hint').textContent = language.text(MESSAGES.trackerHint(state.submittedCode));
  }
  byId('tracker-hint').hidden = state.submittedCode === undefined;
  byId('advance-status').textContent = state.advanceMessage ? language.text(state.advanceMessage) : '';
  signIn.relabel();
  void state.outboxPanel?.render();
}

// ——— steps ———

/**
 * Shows one step; with `focus`, moves the keyboard focus to its heading, so that a keyboard or screen
 * reader user continues from the top of the new step.
 *
 * @param {Step} step
 * @param {{ focus?: boolean }} [options]
 */
function showStep(step, { focus = true } = {}) {
  for (const section of document.querySelectorAll('.step')) {
    /** @type {HTMLElement} */ (section).hidden = section.id !== `step-${step}`;
  }
  for (const item of document.querySelectorAll('.steps [data-step]')) {
    if (/** @type {HTMLElement} */ (item).dataset.step === step) item.setAttribute('aria-current', 'step');
    else item.removeAttribute('aria-current');
  }
  if (focus) byId(`${step}-heading`).focus();
}

/** A fresh form for the chosen procedure: one form per dossier, so nothing of the last citizen stays. */
function mountForm(/** @type {unknown} */ procedure) {
  const session = /** @type {StaffSession} */ (state.session);
  /** @type {any} */
  const form = document.createElement('dvc-dossier-form');
  form.channel = 'ONLINE';
  form.procedure = procedure;
  form.staff = session.staff;
  form.receivingLocationId = session.agentPoint.id;
  // One draft per staff member: a reload or a crash at this counter brings the half-filled form back.
  form.draftKey = `counter-${session.staff.id}`;
  form.statusUrl = statusUrl;
  form.outbox = state.outbox;
  byId('form-slot').replaceChildren(form);
}

/** A fresh rating for the dossier tracked: the citizen rates once, and nothing of theirs stays behind. */
function mountRating() {
  if (!state.tracked) return;
  /** @type {any} */
  const rating = document.createElement('dvc-rating');
  rating.counter = true;
  rating.dossierCode = state.tracked.code;
  rating.ratingUrl = statusUrl;
  byId('rating-slot').replaceChildren(rating);
}

/** The picker for a signed-in counter; choosing a procedure opens a fresh form for it. */
function mountPicker() {
  picker = document.createElement('dvc-procedure-picker');
  picker.addEventListener('dvc-procedure-select', (/** @type {CustomEvent} */ event) => {
    mountForm(event.detail.procedure);
    showStep('form');
  });
  byId('picker-slot').replaceChildren(picker);
}

function startNewDossier() {
  state.submittedCode = undefined;
  state.advanceMessage = undefined;
  picker.query = '';
  picker.value = undefined;
  byId('form-slot').replaceChildren();
  renderDynamicText();
  showStep('picker');
}

byId('back-to-picker-button').addEventListener('click', () => showStep('picker'));
byId('open-tracker-button').addEventListener('click', () => showStep('tracker'));

document.addEventListener('dvc-dossier-submitted', (event) => {
  const { dossier, receipt: created } = /** @type {CustomEvent} */ (event).detail;
  state.submittedCode = dossier.code;
  receipt.receipt = created;
  receipt.statusUrl = statusUrl;
  renderDynamicText();
  showStep('receipt');
});

const layoutSelect = /** @type {HTMLSelectElement} */ (byId('receipt-layout'));
layoutSelect.addEventListener('change', () => {
  receipt.layout = layoutSelect.value;
});
byId('track-button').addEventListener('click', () => showStep('tracker'));
for (const button of document.querySelectorAll('[data-action="new-dossier"]')) {
  button.addEventListener('click', startNewDossier);
}

// ——— tracker, simulator, rating ———

const advanceButton = /** @type {HTMLButtonElement} */ (byId('advance-button'));
const rateButton = /** @type {HTMLButtonElement} */ (byId('rate-button'));

/** @param {{ code: string, status: string }} dossier */
function track(dossier) {
  state.tracked = { code: dossier.code, status: dossier.status };
  advanceButton.disabled = false;
  rateButton.disabled = !RATABLE_STATUSES.includes(dossier.status);
}
tracker.addEventListener('dvc-status-tracker-load', (/** @type {CustomEvent} */ event) =>
  track(event.detail.dossier),
);
tracker.addEventListener('dvc-status-change', (/** @type {CustomEvent} */ event) =>
  track(event.detail.dossier),
);

advanceButton.addEventListener('click', async () => {
  const code = state.tracked?.code;
  if (!code || !state.apiUrl) return;
  advanceButton.disabled = true;
  state.advanceMessage = MESSAGES.advancing;
  renderDynamicText();
  try {
    const client = provider.client;
    const dossier = await client.sandbox.advance(code);
    state.advanceMessage = MESSAGES.advanced(statusInfo(dossier.status).label);
    // The tracker asks the server again, and announces the new status in its own live region.
    await tracker.refresh();
  } catch (error) {
    // The client's `userMessage` is in its own locale (Vietnamese); the staff reads it as it is.
    const message = String(/** @type {any} */ (error)?.userMessage ?? error);
    state.advanceMessage =
      isDvcApiError(error) && error.kind === 'invalid-state'
        ? MESSAGES.cannotAdvance
        : { vi: message, en: message };
  } finally {
    advanceButton.disabled = false;
    renderDynamicText();
  }
});

rateButton.addEventListener('click', () => {
  mountRating();
  showStep('rating');
});
byId('back-to-tracker-button').addEventListener('click', () => showStep('tracker'));

// ——— sign-in, sign-out ———

/** @param {StaffSession} session */
function startCounter(session) {
  state.session = session;
  const client = createClient({
    baseUrl: /** @type {string} */ (state.apiUrl),
    getToken: async () => {
      try {
        return await embedTokenFrom('/api/embed-session')();
      } catch (error) {
        // The staff session ended (a restart of the backend, the end of the shift): sign in again.
        if (error instanceof BackendProblem && error.status === 401) void stopCounter();
        throw error;
      }
    },
  });
  provider.client = client;
  mountPicker();
  state.outbox = createOutbox(client, createIndexedDbOutboxStore());
  state.outboxPanel = createOutboxPanel({ outbox: state.outbox, language });
  const theme = themeOfPartner(session.partnerCode);
  if (theme) {
    provider.theme = theme;
    themeSelect.value = theme;
  }
  byId('sign-in-section').hidden = true;
  byId('workspace').hidden = false;
  byId('outbox-panel').hidden = false;
  byId('sign-out-button').hidden = false;
  renderDynamicText();
  showStep('picker');
}

async function stopCounter() {
  state.outboxPanel?.close();
  state.outbox?.close();
  Object.assign(state, {
    session: undefined,
    outbox: undefined,
    outboxPanel: undefined,
    submittedCode: undefined,
    tracked: undefined,
    advanceMessage: undefined,
  });
  provider.client = undefined;
  picker = undefined;
  byId('picker-slot').replaceChildren();
  byId('form-slot').replaceChildren();
  byId('rating-slot').replaceChildren();
  byId('workspace').hidden = true;
  byId('outbox-panel').hidden = true;
  byId('sign-out-button').hidden = true;
  renderDynamicText();
  await signIn.show();
  byId('sign-in-heading').focus();
}

byId('sign-out-button').addEventListener('click', async () => {
  await callBackend('/api/sign-out', { method: 'POST' }).catch(() => undefined);
  await stopCounter();
});

const signIn = setUpSignIn({ language, onSignedIn: startCounter });

// ——— start ———

state.apiUrl = (await callBackend('/api/config')).apiUrl;
renderDynamicText();
// Signed in already (a reload during the shift): straight to work.
const session = await callBackend('/api/session');
if (session) startCounter(session);
else await signIn.show();
