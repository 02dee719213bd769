// The sandbox's welcome page: checks the server's health and runs a procedure search against the API
// of the same origin. No inline script, no innerHTML: it runs under `script-src 'self'` and a strict CSP.

/** Page size of the demo search: enough to see the ranking, short enough to read. */
const RESULT_LIMIT = 10;

/**
 * Replaces an element's content with a Vietnamese line and its English translation below it.
 * @param {HTMLElement} element
 * @param {{ vi: string, en: string }} text
 */
function showText(element, text) {
  const english = document.createElement('span');
  english.className = 'en';
  english.lang = 'en';
  english.textContent = text.en;
  element.replaceChildren(document.createTextNode(`${text.vi} `), english);
}

/**
 * Reads a JSON answer; a problem+json answer becomes an error carrying its user-safe message.
 * @param {Response} response
 */
async function readJson(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.userMessage ?? {
      vi: `Máy chủ trả lời lỗi ${response.status}.`,
      en: `The server answered ${response.status}.`,
    };
    throw Object.assign(new Error(message.en), { userMessage: message });
  }
  return body;
}

/** @param {unknown} error */
function messageOf(error) {
  return (
    /** @type {{ userMessage?: { vi: string, en: string } }} */ (error).userMessage ?? {
      vi: 'Không kết nối được máy chủ.',
      en: 'Could not reach the server.',
    }
  );
}

async function checkHealth() {
  const status = /** @type {HTMLElement} */ (document.getElementById('health'));
  try {
    const health = await readJson(await fetch('/v1/health'));
    showText(status, {
      vi: `Đang hoạt động — phiên bản hợp đồng ${health.version}.`,
      en: `Running — contract version ${health.version}.`,
    });
  } catch (error) {
    showText(status, messageOf(error));
  }
}

/**
 * One result: code, Vietnamese name, English name and field.
 * @param {{ code: string, name: { vi: string, en: string }, field: { name: { vi: string, en: string } } }} procedure
 */
function resultItem(procedure) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `/v1/procedures/${encodeURIComponent(procedure.code)}`;
  link.textContent = procedure.name.vi;
  const english = document.createElement('span');
  english.className = 'en';
  english.lang = 'en';
  english.textContent = `${procedure.name.en} — ${procedure.field.name.en}`;
  const code = document.createElement('span');
  code.className = 'code';
  code.textContent = procedure.code;
  item.append(
    link,
    document.createTextNode(' · '),
    code,
    document.createTextNode(` · ${procedure.field.name.vi}`),
    english,
  );
  return item;
}

/**
 * "6 procedures match …; showing the first 6" in both languages, with the English singular right.
 * @param {string} query
 * @param {number} total
 * @param {number} shown
 */
function summaryText(query, total, shown) {
  if (total === 0)
    return { vi: `Không tìm thấy thủ tục nào cho “${query}”.`, en: `No procedure matches “${query}”.` };
  const matches = total === 1 ? '1 procedure matches' : `${total} procedures match`;
  if (shown === total) {
    return { vi: `${total} thủ tục phù hợp với “${query}”.`, en: `${matches} “${query}”.` };
  }
  return {
    vi: `${total} thủ tục phù hợp với “${query}”, hiển thị ${shown} thủ tục đầu tiên.`,
    en: `${matches} “${query}”; showing the first ${shown}.`,
  };
}

/** @param {string} query */
async function search(query) {
  const summary = /** @type {HTMLElement} */ (document.getElementById('search-summary'));
  const list = /** @type {HTMLOListElement} */ (document.getElementById('search-results'));
  list.setAttribute('aria-busy', 'true');
  try {
    const params = new URLSearchParams({ q: query, limit: String(RESULT_LIMIT) });
    const page = await readJson(await fetch(`/v1/procedures?${params}`));
    list.replaceChildren(...page.items.map(resultItem));
    showText(summary, summaryText(query, page.total, page.items.length));
  } catch (error) {
    list.replaceChildren();
    showText(summary, messageOf(error));
  } finally {
    list.removeAttribute('aria-busy');
  }
}

const form = /** @type {HTMLFormElement} */ (document.getElementById('search-form'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('search-input'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search(input.value.normalize('NFC'));
});

void checkHealth();
void search(input.value.normalize('NFC'));
