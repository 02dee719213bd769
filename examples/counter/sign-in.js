// The staff sign-in form of the counter page: the partner's agent points in a list, the partner
// backend's answer (a session cookie, or errors shown next to their fields).
import { BackendProblem, callBackend } from '/shared/backend-api.js';
import { MESSAGES } from './page-text.js';

/** @typedef {import('/shared/page-language.js').PageText} PageText */
/** @typedef {{ id: string, name: PageText }} AgentPoint */
/**
 * @typedef {{ staff: { id: string, fullName: string }, agentPoint: AgentPoint, partnerCode: string }} StaffSession
 */

/** The form's fields by the JSON Pointer the backend reports errors at. */
const FIELDS = {
  '/staffId': 'staff-id',
  '/fullName': 'staff-name',
  '/agentPointId': 'agent-point',
};

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Wires the sign-in form.
 *
 * @param {{ language: ReturnType<typeof import('/shared/page-language.js').createPageLanguage>,
 *   onSignedIn: (session: StaffSession) => void }} options
 * @returns {{ show(): Promise<void>, relabel(): void }}
 */
export function setUpSignIn({ language, onSignedIn }) {
  const form = /** @type {HTMLFormElement} */ (byId('sign-in-form'));
  const select = /** @type {HTMLSelectElement} */ (byId('agent-point'));
  const alert = byId('sign-in-alert');
  /** @type {AgentPoint[]} */
  let agentPoints = [];
  /** @type {{ text: PageText } | undefined} */
  let shownAlert;
  /** @type {Map<string, PageText>} */
  const fieldErrors = new Map();

  const renderAgentPoints = () => {
    const chosen = select.value;
    const placeholder = new Option(language.text(MESSAGES.chooseAgentPoint), '');
    select.replaceChildren(
      placeholder,
      ...agentPoints.map((point) => new Option(language.text(point.name), point.id)),
    );
    select.value = chosen;
  };

  const renderErrors = () => {
    for (const [pointer, id] of Object.entries(FIELDS)) {
      const input = byId(id);
      const error = byId(`${id}-error`);
      const message = fieldErrors.get(pointer);
      error.hidden = message === undefined;
      error.textContent = message ? language.text(message) : '';
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    alert.textContent = shownAlert ? language.text(shownAlert.text) : '';
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fieldErrors.clear();
    shownAlert = undefined;
    renderErrors();
    const data = new FormData(form);
    try {
      const session = await callBackend('/api/sign-in', {
        method: 'POST',
        body: {
          staffId: String(data.get('staffId') ?? '').normalize('NFC'),
          fullName: String(data.get('fullName') ?? '').normalize('NFC'),
          agentPointId: String(data.get('agentPointId') ?? ''),
        },
      });
      form.reset();
      onSignedIn(session);
    } catch (error) {
      if (!(error instanceof BackendProblem)) throw error;
      for (const { pointer, message } of error.errors) {
        if (pointer in FIELDS && !fieldErrors.has(pointer)) fieldErrors.set(pointer, message);
      }
      shownAlert = { text: fieldErrors.size > 0 ? MESSAGES.formHasErrors : error.userMessage };
      renderErrors();
      // The first field in error, or the alert's form, gets the focus: the keyboard user is taken there.
      const first = Object.entries(FIELDS).find(([pointer]) => fieldErrors.has(pointer));
      if (first) byId(first[1]).focus();
    }
  });

  return {
    async show() {
      byId('sign-in-section').hidden = false;
      if (agentPoints.length === 0) {
        try {
          agentPoints = (await callBackend('/api/agent-points')).items;
        } catch (error) {
          shownAlert = {
            text: error instanceof BackendProblem ? error.userMessage : MESSAGES.agentPointsFailed,
          };
        }
      }
      renderAgentPoints();
      renderErrors();
    },
    relabel() {
      renderAgentPoints();
      renderErrors();
    },
  };
}
