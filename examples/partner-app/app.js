// A partner's mobile web app (VNPost's, as the backend holds VNPost's key): a citizen finds a
// procedure, files a dossier, follows it and rates it. The kit comes from its self-contained bundle;
// the page runs under a strict CSP (no inline script or style, no eval). The backend mints the
// citizen's embed token: no agent point, no staff, no simulator.

import { callBackend, embedTokenFrom } from '/shared/backend-api.js';
import { createPageLanguage } from '/shared/page-language.js';
import { createClient } from '/vendor/dvc-client.js';
import { RATABLE_STATUSES } from '/vendor/dvc-kit.bundle.js';

/** @typedef {'file' | 'track'} View */

/** English for the `data-i18n` keys of index.html (the Vietnamese is in the HTML). */
const ENGLISH = {
  title: 'Public services — VNPost app',
  brand: 'VNPost · Public services',
  tabs: 'Features',
  'tab.file': 'File a dossier',
  'tab.track': 'Track and rate',
  'file.heading': 'File a dossier online',
  'file.back': '← Choose another procedure',
  'track.heading': 'Track a dossier',
  'rating.heading': 'Rate your satisfaction',
  footer: 'A dvc-kit example on the sandbox server: test data, nothing is sent to a government office.',
};

const LANGUAGE_BUTTON = { vi: 'English', en: 'Tiếng Việt' };
const LANGUAGE_BUTTON_LANG = { vi: 'en', en: 'vi' };

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {any} */
const provider = byId('provider');
/** @type {any} */
const tracker = byId('tracker');
const language = createPageLanguage(ENGLISH);
/** The receipt's QR code opens this app's tracker with the dossier code filled in. */
const statusUrl = `${location.origin}/app/?code={code}`;

/**
 * Shows one view; with `focus`, moves the focus to its heading.
 * @param {View} view
 * @param {{ focus?: boolean }} [options]
 */
function showView(view, { focus = true } = {}) {
  for (const section of document.querySelectorAll('.view')) {
    /** @type {HTMLElement} */ (section).hidden = section.id !== `view-${view}`;
  }
  for (const tab of document.querySelectorAll('.tabs__tab')) {
    if (/** @type {HTMLElement} */ (tab).dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (focus) byId(`${view}-heading`).focus();
}

for (const tab of document.querySelectorAll('.tabs__tab')) {
  tab.addEventListener('click', () =>
    showView(/** @type {View} */ (/** @type {HTMLElement} */ (tab).dataset.view)),
  );
}

function showPicker() {
  byId('form-slot').replaceChildren();
  byId('file-form-step').hidden = true;
  byId('file-picker-step').hidden = false;
  byId('file-heading').focus();
}

/** A fresh form for the procedure chosen in the picker. @param {CustomEvent} event */
function openForm(event) {
  // One form per dossier: nothing of the last one stays in the next.
  /** @type {any} */
  const form = document.createElement('dvc-dossier-form');
  form.procedure = event.detail.procedure;
  form.channel = 'ONLINE';
  form.statusUrl = statusUrl;
  form.draftKey = 'app';
  byId('form-slot').replaceChildren(form);
  byId('file-picker-step').hidden = true;
  byId('file-form-step').hidden = false;
  byId('file-heading').focus();
}
byId('back-button').addEventListener('click', showPicker);

/** @param {{ code: string, status: string }} dossier */
function offerRating(dossier) {
  const section = byId('rating-section');
  const ratable = RATABLE_STATUSES.includes(dossier.status);
  section.hidden = !ratable;
  const current = /** @type {any} */ (byId('rating-slot').firstElementChild);
  if (!ratable || current?.dossierCode === dossier.code) return;
  /** @type {any} */
  const rating = document.createElement('dvc-rating');
  rating.dossierCode = dossier.code;
  byId('rating-slot').replaceChildren(rating);
}
tracker.addEventListener('dvc-status-tracker-load', (/** @type {CustomEvent} */ event) =>
  offerRating(event.detail.dossier),
);
tracker.addEventListener('dvc-status-change', (/** @type {CustomEvent} */ event) =>
  offerRating(event.detail.dossier),
);

const languageButton = byId('language-button');
function renderLanguageButton() {
  languageButton.textContent = language.text(LANGUAGE_BUTTON);
  languageButton.lang = language.text(LANGUAGE_BUTTON_LANG);
}
languageButton.addEventListener('click', async () => {
  const next = language.locale === 'vi' ? 'en' : 'vi';
  provider.locale = next;
  await provider.updateComplete;
  language.apply(next);
  renderLanguageButton();
});

const { apiUrl } = await callBackend('/api/config');
provider.client = createClient({ baseUrl: apiUrl, getToken: embedTokenFrom('/api/app/embed-session') });
// The picker once there is a client (a picker left without one warns).
const picker = document.createElement('dvc-procedure-picker');
picker.addEventListener('dvc-procedure-select', (event) => openForm(/** @type {CustomEvent} */ (event)));
byId('file-picker-step').replaceChildren(picker);
// Opened from a receipt's QR code (`?code=`): straight to the tracker, which reads the code itself.
if (new URLSearchParams(location.search).has('code')) showView('track', { focus: false });
