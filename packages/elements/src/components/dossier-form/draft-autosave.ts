import type { DossierDraft, DraftStore } from './draft-store.js';

/**
 * How long typing must pause before the draft is saved: long enough to batch a typist's keystrokes
 * into one write, short enough that a crash or a closed tab loses at most half a second of typing.
 */
const AUTOSAVE_DELAY_MS = 500;

/** What the form keeps in its draft. */
export type DraftContent = Omit<DossierDraft, 'id' | 'savedAt'>;

/** What the autosave needs from the form. */
export interface DraftAutosaveHost {
  /** What to save, as the form stands. */
  readonly content: () => DraftContent;
  /** Empties the form for another draft (the previous one's last keystrokes are saved first). */
  readonly clear: () => void;
  /** Puts a loaded draft into the emptied form (what was typed while it loaded wins). */
  readonly restore: (draft: DossierDraft) => void;
  /** Whether the form is still on the page (when it has gone, changes are saved at once). */
  readonly connected: () => boolean;
  /** The store failed (private browsing, quota): the form goes on without drafts. */
  readonly failed: (error: unknown) => void;
}

/**
 * Keeps a form's draft: loads it when the form's draft id changes, saves after a pause in typing and
 * at once when the form leaves the page, and deletes it when the dossier has gone. Changes made before
 * the draft has loaded are kept and saved once it has, so nothing typed early is lost or overwritten.
 * A failing store never stops the citizen from filing: the form goes on without drafts.
 */
export class DraftAutosave {
  /** The draft being loaded or loaded (the form's state belongs to it). */
  #following: string | undefined;
  /** The draft the form's state belongs to, once loaded; saving waits for it. */
  #ready: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Changes not yet written (typed, possibly, before the draft had loaded). */
  #unsaved = false;
  readonly #store: DraftStore;
  readonly #host: DraftAutosaveHost;

  constructor(store: DraftStore, host: DraftAutosaveHost) {
    this.#store = store;
    this.#host = host;
  }

  /** Follows the form's draft id: on a change, saves the previous draft, empties the form, loads the new one. */
  follow(id: string | undefined): void {
    if (id !== this.#following) void this.#load(id);
  }

  /** The form changed: saves after a pause in typing (or once the draft has loaded). */
  changed(): void {
    this.#unsaved = true;
    if (this.#ready === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.saveNow(), AUTOSAVE_DELAY_MS);
  }

  /** Saves now, without waiting for the pause (a submission's key before its first attempt). */
  async saveNow(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // Before the draft has loaded, the changes stay unsaved: they are saved once it has.
    const id = this.#ready;
    if (id === undefined) return;
    this.#unsaved = false;
    const draft: DossierDraft = { id, ...this.#host.content(), savedAt: new Date().toISOString() };
    await this.#tolerate(() => this.#store.put(draft));
  }

  /** The form leaves the page: the changes waiting for the pause are saved at once. */
  flush(): void {
    if (this.#timer !== undefined) void this.saveNow();
  }

  /** Forgets the changes waiting to be saved (the form is being emptied). */
  discardChanges(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unsaved = false;
  }

  /** Deletes a draft: the dossier has gone, or the form was reset. */
  async delete(id: string): Promise<void> {
    await this.#tolerate(() => this.#store.delete(id));
  }

  async #load(id: string | undefined): Promise<void> {
    this.#following = id;
    // The previous draft's last keystrokes are saved before the state is replaced.
    if (this.#timer !== undefined) await this.saveNow();
    this.#ready = undefined;
    this.#host.clear();
    if (id === undefined) return;
    const draft = await this.#tolerate(() => this.#store.get(id));
    if (this.#following !== id) return;
    if (draft) this.#host.restore(draft);
    this.#ready = id;
    // What was typed while the draft loaded is saved now (at once if the form has already gone).
    if (this.#unsaved) {
      if (this.#host.connected()) this.changed();
      else void this.saveNow();
    }
  }

  async #tolerate<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (error) {
      this.#host.failed(error);
      return undefined;
    }
  }
}
