// The counter's visible outbox: every dossier queued on this device, its state in words (never by
// colour alone), why it needs attention, and what the staff can do about it.
import { MESSAGES } from './page-text.js';

/** @typedef {import('/shared/page-language.js').PageText} PageText */

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Shows an outbox's items and keeps the list current as they change.
 *
 * @param {{ outbox: any, language: { text(text: PageText): string } }} options - `outbox` from
 *   `createOutbox` of `@dvc-kit/client/outbox`
 * @returns {{ render(): Promise<void>, close(): void }}
 */
export function createOutboxPanel({ outbox, language }) {
  const list = byId('outbox-list');
  const summary = byId('outbox-summary');
  const flush = byId('outbox-flush-button');
  let closed = false;

  /** @param {PageText} text @param {() => Promise<void>} action */
  const button = (text, action) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'button button--small button--secondary';
    element.textContent = language.text(text);
    element.addEventListener('click', () => void action().then(render));
    return element;
  };

  /** @param {any} item - an `OutboxItem` */
  const itemView = (item) => {
    const li = document.createElement('li');
    li.className = `outbox__item outbox__item--${item.state}`;
    const title = document.createElement('p');
    title.className = 'outbox__title';
    title.textContent = language.text(MESSAGES.outboxItem(item.body.owner.fullName, item.body.procedureCode));
    const state = document.createElement('p');
    state.className = 'outbox__state';
    state.textContent = language.text(MESSAGES.outboxStates[item.state]);
    li.append(title, state);
    if (item.dossier) {
      const code = document.createElement('p');
      code.textContent = language.text(MESSAGES.outboxCode(item.dossier.code));
      li.append(code);
    }
    if (item.lastError && item.state !== 'sent') {
      const reason = document.createElement('p');
      reason.className = 'outbox__error';
      reason.textContent = item.lastError.message;
      li.append(reason);
    }
    const actions = document.createElement('div');
    actions.className = 'outbox__actions';
    if (item.state === 'needs-attention')
      actions.append(button(MESSAGES.outboxRetry, () => outbox.retry(item.id)));
    if (item.state === 'sent' || item.state === 'needs-attention') {
      actions.append(button(MESSAGES.outboxRemove, () => outbox.remove(item.id)));
    }
    if (actions.childElementCount > 0) li.append(actions);
    return li;
  };

  async function render() {
    if (closed) return;
    const items = await outbox.list();
    list.replaceChildren(...items.map(itemView));
    summary.textContent = language.text(
      items.length === 0 ? MESSAGES.outboxEmpty : MESSAGES.outboxCount(items.length),
    );
    flush.hidden = !items.some((/** @type {any} */ item) => item.state === 'queued');
  }

  const onChange = () => void render();
  outbox.addEventListener('change', onChange);
  outbox.addEventListener('remove', onChange);
  const onFlush = () => void outbox.flush().finally(render);
  flush.addEventListener('click', onFlush);

  return {
    render,
    close() {
      closed = true;
      outbox.removeEventListener('change', onChange);
      outbox.removeEventListener('remove', onChange);
      flush.removeEventListener('click', onFlush);
    },
  };
}
