import type { Locale } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { buttonStyles } from '../../base/button-styles.js';
import { DvcElement } from '../../base/dvc-element.js';
import { emit } from '../../base/emit.js';
import { hostStyles } from '../../base/host-styles.js';
import { LazyPart, settleLazyParts } from '../../base/lazy-part.js';
import { warn } from '../../base/warn.js';
import { type CatalogueLoad, loadCatalogue } from './catalogue.js';
import { customProperty } from './custom-property.js';
import { errorText } from './error-text.js';
import { type FilterChip, filterChips, toggleChip } from './filter-chips.js';
import { renderFilterToolbar } from './filter-toolbar.js';
import { isNavigationKey, type NavigationKey, nextIndex } from './listbox-navigation.js';
import type * as DetailPart from './procedure-detail.js';
import { activeFilterCount, NO_FILTERS, type ProcedureFilters } from './procedure-filter.js';
import { optionId, renderProcedureOption } from './procedure-option.js';
import { procedurePickerStyles } from './procedure-picker.styles.js';
import { createProcedureSearch, type ProcedureSearch } from './procedure-search.js';
import { procedureCountText } from './procedure-text.js';
import type { ProcedureDetail, ProcedureSummary } from './procedure-types.js';
import { rowsPerPage, scrollTopToReveal, visibleRows } from './virtual-window.js';

/** `detail` of `dvc-procedure-select`. */
export interface DvcProcedureSelectDetail {
  /** The chosen procedure in full: checklist, cases, e-form. */
  readonly procedure: ProcedureDetail;
}

// Rows rendered beyond each edge of the viewport: a fast wheel flick or a held arrow key moves a few
// rows between two frames, and five keeps them painted while the DOM stays near thirty rows.
const OVERSCAN_ROWS = 5;

// The result count is announced once typing pauses: half a second is longer than the gap between
// two keystrokes of a practised typist, so a screen reader is not interrupted by a count per key.
const ANNOUNCE_DELAY_MS = 500;

// Until the row and list heights are measured (the first frame): the stylesheet's defaults at a
// 16 px root font size — rows of 6.5em, a list 24rem high.
const FALLBACK_ROW_HEIGHT_PX = 104;
const FALLBACK_LIST_HEIGHT_PX = 384;

/**
 * Finds a public-service procedure ("thủ tục hành chính") in the whole catalogue as the user types,
 * and shows what it takes: the checklist of documents, the competent authority, the result, and the
 * processing time and fee of each channel.
 *
 * The catalogue is loaded once through the client (`client.procedures.list`, every page, revalidated
 * with ETags) and searched in the browser with `@dvc-kit/search`: diacritics, `đ`/`d`, tone placement
 * and `i`/`y` do not matter ("dang ki khai sinh" finds "Đăng ký khai sinh"), and every word matches by
 * its start. Filters narrow by field, authority level, online level and free help at agent points.
 *
 * Keyboard: the search box is an ARIA combobox with a listbox popup — the focus stays in the box;
 * Arrow Up/Down, Page Up/Down, Home/End (once an option is active) move through the results; Enter
 * opens the procedure; Escape closes the list, then clears the search. The list is virtualized: only
 * the rows in view are in the DOM, and each option carries its position in the whole list. The
 * filters fold away behind a button; open, they are one toolbar (one tab stop, arrow keys inside). "Chọn thủ tục này" chooses the
 * procedure shown.
 *
 * Offline, a catalogue this client loaded before in the page keeps working, with a notice.
 *
 * The detail view loads on demand: when a procedure is first opened, or ahead of that once the user
 * comes to the picker or types, so that it normally shows at once. `updateComplete` resolves once it
 * is drawn; if it cannot be downloaded, a notice says so and the list keeps working.
 *
 * @summary Searchable catalogue of procedures with filters, checklist, fees and processing times.
 * @tagname dvc-procedure-picker
 *
 * @event {CustomEvent<DvcProcedureSelectDetail>} dvc-procedure-select - The user chose the procedure
 *   shown ("Chọn thủ tục này"). Not fired when `value` is set by script.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The search box's label.
 * @csspart input - The search box (the combobox).
 * @csspart hint - The help text under the search box.
 * @csspart filters-button - The button that shows and hides the filters.
 * @csspart filters - The toolbar of filter chips.
 * @csspart filter-chip - One filter chip (a toggle button).
 * @csspart status - The line that tells (and announces) how many procedures were found.
 * @csspart message - The loading, error, offline and no-result messages.
 * @csspart retry-button - The button that retries a failed load.
 * @csspart clear-filters-button - The button that removes every filter when nothing was found.
 * @csspart listbox - The scrolling list of results.
 * @csspart option - One result.
 * @csspart option-active - The result the arrow keys are on.
 * @csspart option-selected - The result whose procedure is shown (`value`).
 * @csspart match - A word of a result's name that matched the search.
 * @csspart detail - The detail of the procedure shown.
 * @csspart detail-title - The procedure's name in the detail.
 * @csspart offers-table - The processing time and fee of each channel.
 * @csspart checklist - The documents to bring or upload.
 * @csspart choose-button - The "Chọn thủ tục này" button.
 *
 * @cssproperty --dvc-procedure-picker-row-height - The height of one result; every row has it, which is what lets the list render only the rows in view. Default: `6.5em`.
 * @cssproperty --dvc-procedure-picker-list-height - The largest height of the list before it scrolls. Default: `24rem`.
 * @cssproperty --dvc-procedure-picker-active-color - The background of the result the arrow keys are on. Default: a tint of `--dvc-color-primary`.
 * @cssproperty --dvc-procedure-picker-match-color - The colour of matched words. Default: `--dvc-color-text`.
 *
 * @example
 * <dvc-provider locale="vi"><dvc-procedure-picker query="khai sinh"></dvc-procedure-picker></dvc-provider>
 * <script type="module">
 *   document.addEventListener('dvc-procedure-select', (event) => startDossier(event.detail.procedure));
 * </script>
 */
export class DvcProcedurePicker extends DvcElement {
  static override styles = [hostStyles, buttonStyles, procedurePickerStyles];

  /** The code of the procedure shown in the detail (e.g. `1.001193`). The user's choice in the list sets it. */
  @property({ reflect: true })
  value: string | undefined;

  /** The search text. Typing sets it; setting it searches without firing an event. */
  @property()
  query = '';

  @state() private filters: ProcedureFilters = NO_FILTERS;
  /** Whether the user wants the list open; it shows when there are results too. */
  @state() private expanded = true;
  @state() private activeIndex = -1;
  @state() private listScrollTop = 0;
  @state() private rowHeight = FALLBACK_ROW_HEIGHT_PX;
  @state() private listHeight = FALLBACK_LIST_HEIGHT_PX;
  /** The result count the live region says; `undefined` until the first announcement. */
  @state() private announcedCount: number | undefined;
  @state() private chipTabStop = 0;
  @state() private filtersOpen = false;

  @query('#listbox') private listbox!: HTMLElement | null;
  @query('#input') private input!: HTMLInputElement | null;

  private readonly catalogueTask = new Task(this, {
    args: () => [this.activeClient] as const,
    task: async ([client], { signal }) => {
      if (client === undefined) {
        this.warnIfStillWithoutClient();
        return initialState;
      }
      return loadCatalogue(client, signal);
    },
  });

  private readonly detailTask = new Task(this, {
    args: () => [this.value?.trim() || undefined, this.activeClient] as const,
    task: async ([code, client], { signal }) => {
      if (code === undefined || client === undefined) return initialState;
      return client.procedures.get(code, { signal });
    },
  });

  private results: readonly ProcedureSummary[] = [];
  private chips: readonly FilterChip[] = [];
  private searchFor: { load: CatalogueLoad; locale: Locale; search: ProcedureSearch } | undefined;
  private resultsFor: { search: ProcedureSearch; query: string; filters: ProcedureFilters } | undefined;
  /** A scroll position to apply once rendered, after a key moved the active option out of view. */
  private pendingScrollTop: number | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private sizeObserver: ResizeObserver | undefined;
  private readonly warnings = new Set<string>();
  // The detail view and its styles, loaded on demand: when a procedure is first opened, or ahead of
  // that once the citizen comes to the picker (focus) or types, so that it is normally there by the
  // time they open one. A page that only lists procedures never downloads it.
  private readonly detailPart = new LazyPart(this, () => this.importDetailView());

  /**
   * Focuses the search box. (Not `delegatesFocus`: with it, a tap on the detail's text would move the
   * focus — and the page — back up to the search box.)
   */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    if (this.hasUpdated) this.observeSizes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.announceTimer);
    this.sizeObserver?.disconnect();
    this.sizeObserver = undefined;
  }

  /**
   * @internal Downloads the detail view (a dynamic import). Tests override it to slow the download
   * down or to make it fail.
   */
  protected importDetailView(): Promise<typeof DetailPart> {
    return import('./procedure-detail.js');
  }

  /**
   * Resolves when the element has rendered, the detail view included when it is loading on demand
   * (`await element.updateComplete` then sees it, or the notice that it could not be loaded).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLazyParts([this.detailPart], () => super.getUpdateComplete());
  }

  /** The catalogue on show: the last one loaded for the current client. */
  private get catalogueLoad(): CatalogueLoad | undefined {
    return this.catalogueTask.status === TaskStatus.INITIAL ? undefined : this.catalogueTask.value;
  }

  /** Whether the listbox is displayed (`aria-expanded`). */
  private get listShown(): boolean {
    return this.expanded && this.results.length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.updateResults();
  }

  // Searching happens here, before rendering, and only when the catalogue, the locale, the query or
  // the filters changed: a re-render for a scroll or a key does not search again.
  private updateResults(): void {
    const load = this.catalogueLoad;
    if (load === undefined) {
      this.results = [];
      this.chips = [];
      return;
    }
    const locale = this.locale;
    if (this.searchFor?.load !== load || this.searchFor.locale !== locale) {
      this.searchFor = { load, locale, search: createProcedureSearch(load.catalogue.procedures, locale) };
      this.chips = filterChips(load.catalogue.fields);
    }
    const { search } = this.searchFor;
    const previous = this.resultsFor;
    if (previous?.search === search && previous.query === this.query && previous.filters === this.filters) {
      return;
    }
    const activeCode = this.results[this.activeIndex]?.code;
    this.results = search.find(this.query, this.filters);
    this.resultsFor = { search, query: this.query, filters: this.filters };
    const sameQuestion = previous?.query === this.query && previous.filters === this.filters;
    // A new locale or a reloaded catalogue keeps the user's place; a new query or filter starts over.
    this.activeIndex = sameQuestion
      ? this.results.findIndex((procedure) => procedure.code === activeCode)
      : -1;
    if (!sameQuestion) this.scrollListTo(0);
    this.scheduleAnnouncement();
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcedCount = this.results.length;
    }, ANNOUNCE_DELAY_MS);
  }

  protected override firstUpdated(): void {
    this.observeSizes();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingScrollTop !== undefined && this.listbox !== null && this.listShown) {
      this.listbox.scrollTop = this.pendingScrollTop;
      this.pendingScrollTop = undefined;
    }
  }

  // Row and list heights come from the stylesheet (custom properties, em units, the modes), so they
  // are measured on two invisible probes rather than assumed. Fractional sizes, unaffected by
  // transforms: a row of 97.5 px rounded to 98 would put the window 15 rows off at the 3,000th.
  private observeSizes(): void {
    const rowProbe = this.renderRoot.querySelector('.row-probe');
    const listProbe = this.renderRoot.querySelector('.list-probe');
    if (rowProbe === null || listProbe === null || typeof ResizeObserver === 'undefined') return;
    this.sizeObserver?.disconnect();
    this.sizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
        if (!(height > 0)) continue;
        if (entry.target === rowProbe) this.rowHeight = height;
        else this.listHeight = height;
      }
    });
    this.sizeObserver.observe(rowProbe);
    this.sizeObserver.observe(listProbe);
  }

  protected override render(): TemplateResult {
    const load = this.catalogueLoad;
    const loading = this.catalogueTask.status === TaskStatus.PENDING;
    return html`<div
      part="base"
      class="base"
      lang=${this.locale}
      @focusin=${this.onPrefetchCue}
      @pointerenter=${this.onPrefetchCue}
    >
      ${this.renderSearchBox()}
      <div class="bar">
        <p part="status" class="status" role="status">${this.statusText(load, loading)}</p>
        ${load === undefined ? nothing : this.renderFiltersButton()}
      </div>
      ${load === undefined ? nothing : this.renderFilters()}
      ${this.renderCatalogueMessage(load)}
      <div class=${this.listShown && this.value ? 'results split' : 'results'} aria-busy=${loading ? 'true' : 'false'}>
        ${this.renderListbox()} ${this.renderDetail()}
      </div>
      <div class="probes" aria-hidden="true"><div class="row-probe"></div><div class="list-probe"></div></div>
    </div>`;
  }

  private renderSearchBox(): TemplateResult {
    const shown = this.listShown;
    return html`<div class="search">
      <label id="label" part="label" class="label" for="input">
        ${msg('Tìm thủ tục hành chính', { id: 'picker.label' })}
      </label>
      <input
        id="input"
        part="input"
        class="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${shown ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(shown && this.activeIndex >= 0 ? optionId(this.activeIndex) : undefined)}
        aria-describedby="hint"
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onInputKeydown}
        @click=${this.onInputClick}
      />
      <p id="hint" part="hint" class="hint">
        ${msg(
          'Gõ tên hoặc mã thủ tục, có dấu hay không dấu đều được. Phím mũi tên để duyệt danh sách, Enter để xem chi tiết.',
          { id: 'picker.hint' },
        )}
      </p>
    </div>`;
  }

  // The filters fold away behind one button: open, the field chips alone fill half a phone screen.
  private renderFiltersButton(): TemplateResult {
    const count = activeFilterCount(this.filters);
    return html`<button
      part="filters-button"
      class="button secondary"
      type="button"
      aria-expanded=${this.filtersOpen ? 'true' : 'false'}
      aria-controls="filters"
      @click=${this.onFiltersButtonClick}
    >
      ${count === 0 ? msg('Bộ lọc', { id: 'picker.filters-button' }) : msg(str`Bộ lọc (${count})`, { id: 'picker.filters-button.active' })}
    </button>`;
  }

  private renderFilters(): TemplateResult {
    return renderFilterToolbar({
      open: this.filtersOpen,
      chips: this.chips,
      filters: this.filters,
      tabStop: Math.min(this.chipTabStop, this.chips.length - 1),
      locale: this.locale,
      onToggle: this.onChipToggle,
      onKeydown: this.onToolbarKeydown,
    });
  }

  private statusText(load: CatalogueLoad | undefined, loading: boolean): string {
    if (load === undefined) {
      return loading ? msg('Đang tải danh mục thủ tục…', { id: 'picker.loading' }) : '';
    }
    if (this.announcedCount === undefined) return '';
    return this.announcedCount === 0
      ? msg('Không tìm thấy thủ tục phù hợp.', { id: 'picker.no-results' })
      : procedureCountText(this.announcedCount, this.locale);
  }

  private renderCatalogueMessage(load: CatalogueLoad | undefined): TemplateResult | typeof nothing {
    if (this.catalogueTask.status === TaskStatus.ERROR) {
      return html`<div part="message" class="message error" role="alert">
        <p>
          ${msg('Không tải được danh mục thủ tục.', { id: 'picker.load-failed' })}
          ${errorText(this.catalogueTask.error, this.locale, this.activeClient?.locale)}
        </p>
        <button part="retry-button" class="button secondary" type="button" @click=${this.onRetry}>
          ${msg('Thử lại', { id: 'common.retry' })}
        </button>
      </div>`;
    }
    if (load?.offline) {
      return html`<div part="message" class="message">
        <p>
          ${msg('Không kết nối được tới máy chủ: đây là danh mục đã tải trước đó, có thể chưa cập nhật.', {
            id: 'picker.offline',
          })}
        </p>
        <button part="retry-button" class="button secondary" type="button" @click=${this.onRetry}>
          ${msg('Thử lại', { id: 'common.retry' })}
        </button>
      </div>`;
    }
    if (load !== undefined && this.results.length === 0) {
      return html`<div part="message" class="message">
        <p>
          ${msg('Không tìm thấy thủ tục phù hợp.', { id: 'picker.no-results' })}
          ${msg('Hãy thử bớt từ trong ô tìm kiếm hoặc bỏ bớt bộ lọc.', { id: 'picker.no-results-hint' })}
        </p>
        ${
          activeFilterCount(this.filters) > 0
            ? html`<button
              part="clear-filters-button"
              class="button secondary"
              type="button"
              @click=${this.onClearFilters}
            >
              ${msg('Bỏ tất cả bộ lọc', { id: 'picker.clear-filters' })}
            </button>`
            : nothing
        }
      </div>`;
    }
    return nothing;
  }

  private renderListbox(): TemplateResult {
    const count = this.results.length;
    const shown = this.listShown;
    const rows: TemplateResult[] = [];
    if (shown) {
      const scroll = {
        count,
        rowHeight: this.rowHeight,
        viewportHeight: this.listHeight,
        scrollTop: this.listScrollTop,
      };
      const { start, end } = visibleRows(scroll, OVERSCAN_ROWS);
      const indexes = Array.from({ length: end - start }, (_, offset) => start + offset);
      // The active option stays in the DOM even when scrolled out of view by the mouse, so that
      // `aria-activedescendant` always names an element.
      if (this.activeIndex >= 0 && (this.activeIndex < start || this.activeIndex >= end)) {
        indexes.push(this.activeIndex);
      }
      for (const index of indexes) {
        const procedure = this.results[index]!;
        rows.push(
          renderProcedureOption(procedure, {
            index,
            count,
            active: index === this.activeIndex,
            selected: procedure.code === this.value,
            query: this.query,
            locale: this.locale,
          }),
        );
      }
    }
    return html`<div
      id="listbox"
      part="listbox"
      class="listbox"
      role="listbox"
      aria-labelledby="label"
      ?hidden=${!shown}
      @scroll=${this.onListScroll}
      @mousedown=${this.onListMousedown}
      @click=${this.onListClick}
    >
      <div class="sizer" role="none" ${customProperty('--_count', shown ? count : 0)}>${rows}</div>
    </div>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const code = this.value?.trim();
    if (!code) return nothing;
    // Started here at the latest, so that the view downloads while the procedure's record loads.
    const view = this.detailPart.load();
    const detail = this.detailTask.status === TaskStatus.COMPLETE ? this.detailTask.value : undefined;
    const failed = this.detailTask.status === TaskStatus.ERROR;
    const errorMessage = failed
      ? errorText(this.detailTask.error, this.locale, this.activeClient?.locale)
      : undefined;
    const summary =
      detail ?? this.catalogueLoad?.catalogue.procedures.find((procedure) => procedure.code === code);
    if (summary === undefined) {
      // Neither listed nor loaded yet (a `value` set before the catalogue arrived, or unknown).
      return failed
        ? html`<div part="message" class="message error" role="alert">
            <p>${msg('Không tải được chi tiết thủ tục.', { id: 'picker.detail.failed' })} ${errorMessage}</p>
            <button part="retry-button" class="button secondary" type="button" @click=${this.onDetailRetry}>
              ${msg('Thử lại', { id: 'common.retry' })}
            </button>
          </div>`
        : this.renderDetailLoading();
    }
    if (view === undefined) {
      // The view is downloading, or could not be downloaded: the list works on either way. A failed
      // module import is kept by the browser for the page's lifetime, so the notice offers no retry.
      return this.detailPart.status === 'failed'
        ? html`<div part="message" class="message error" role="alert">
            <p>${msg('Không tải được chi tiết thủ tục.', { id: 'picker.detail.failed' })}</p>
          </div>`
        : this.renderDetailLoading();
    }
    return view.renderProcedureDetail({
      summary,
      detail,
      errorMessage,
      locale: this.locale,
      onChoose: this.onChoose,
      onRetry: this.onDetailRetry,
    });
  }

  /** Stands in for the detail while the procedure or the detail view is on its way. */
  private renderDetailLoading(): TemplateResult {
    return html`<p part="message" class="message">
      ${msg('Đang tải thành phần hồ sơ…', { id: 'picker.detail.loading' })}
    </p>`;
  }

  /** Makes `index` the active option and scrolls it into view. */
  private activate(index: number): void {
    this.activeIndex = index;
    if (index < 0) return;
    const viewportHeight = this.listbox?.clientHeight || this.listHeight;
    const scrollTop = this.listbox?.scrollTop ?? this.listScrollTop;
    const state = { count: this.results.length, rowHeight: this.rowHeight, viewportHeight, scrollTop };
    this.scrollListTo(scrollTopToReveal(index, state));
  }

  private scrollListTo(scrollTop: number): void {
    this.listScrollTop = scrollTop;
    this.pendingScrollTop = scrollTop;
  }

  /** Opens the procedure at `index` of the results: it becomes `value`, and the list closes. */
  private openProcedure(index: number): void {
    const procedure = this.results[index];
    if (procedure === undefined) return;
    this.value = procedure.code;
    this.expanded = false;
    this.activeIndex = -1;
    this.input?.focus();
  }

  private readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value.normalize('NFC');
    this.expanded = true;
    this.detailPart.load();
  };

  // The citizen comes to the picker — focus (the search box, the filters) or a mouse pointer, since a
  // click on an option moves no focus: fetch the detail view now, so that it shows at once when they
  // open a procedure.
  private readonly onPrefetchCue = (): void => {
    this.detailPart.load();
  };

  private readonly onInputClick = (): void => {
    this.expanded = true;
  };

  private readonly onInputKeydown = (event: KeyboardEvent): void => {
    // Vietnamese input methods compose letters (Telex "aa" → "â"): keys inside a composition are theirs.
    if (event.isComposing) return;
    const { key } = event;
    if (isNavigationKey(key)) {
      this.onNavigationKey(event, key);
    } else if (key === 'Enter' && this.listShown && this.activeIndex >= 0) {
      event.preventDefault();
      this.openProcedure(this.activeIndex);
    } else if (key === 'Escape') {
      if (this.listShown) {
        this.expanded = false;
        this.activeIndex = -1;
      } else if (this.query !== '') {
        this.query = '';
      } else {
        return; // Nothing to undo: let Escape reach a dialog around the picker.
      }
      event.preventDefault();
    }
  };

  private onNavigationKey(event: KeyboardEvent, key: NavigationKey): void {
    const vertical = key === 'ArrowDown' || key === 'ArrowUp';
    if (!this.listShown) {
      // Only the arrows open the list; Home, End and the page keys keep their meaning in the text.
      if (!vertical || this.results.length === 0) return;
      event.preventDefault();
      this.expanded = true;
      if (event.altKey) return; // Alt+Down opens without moving (APG).
      const selected = this.results.findIndex((procedure) => procedure.code === this.value);
      this.activate(selected >= 0 ? selected : nextIndex(key, -1, this.results.length, 1));
      return;
    }
    if (event.altKey && key === 'ArrowUp') {
      event.preventDefault();
      this.expanded = false;
      this.activeIndex = -1;
      return;
    }
    // Home and End move the caret until the user starts moving through the list.
    if ((key === 'Home' || key === 'End') && this.activeIndex < 0) return;
    event.preventDefault();
    const page = rowsPerPage(this.rowHeight, this.listbox?.clientHeight || this.listHeight);
    this.activate(nextIndex(key, this.activeIndex, this.results.length, page));
  }

  private readonly onListScroll = (): void => {
    if (this.listbox !== null) this.listScrollTop = this.listbox.scrollTop;
  };

  // Clicking an option must not take the focus from the search box (APG: it stays in the combobox).
  private readonly onListMousedown = (event: MouseEvent): void => {
    event.preventDefault();
  };

  private readonly onListClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option !== null) this.openProcedure(Number(option.dataset.index));
  };

  private readonly onChipToggle = (index: number): void => {
    const chip = this.chips[index];
    if (chip === undefined) return;
    this.filters = toggleChip(chip, this.filters);
    this.chipTabStop = index;
    this.expanded = true;
  };

  private readonly onToolbarKeydown = (event: KeyboardEvent): void => {
    // A horizontal toolbar: Right and Left step, Home and End jump (APG toolbar pattern).
    const keys: Record<string, NavigationKey> = {
      ArrowRight: 'ArrowDown',
      ArrowLeft: 'ArrowUp',
      Home: 'Home',
      End: 'End',
    };
    const key = keys[event.key];
    if (key === undefined) return;
    event.preventDefault();
    const current = Number((event.target as HTMLElement).dataset.chip ?? this.chipTabStop);
    this.chipTabStop = nextIndex(key, current, this.chips.length, 1);
    this.renderRoot.querySelector<HTMLElement>(`[data-chip="${this.chipTabStop}"]`)?.focus();
  };

  private readonly onFiltersButtonClick = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly onClearFilters = (): void => {
    this.filters = NO_FILTERS;
    this.input?.focus();
  };

  private readonly onChoose = (procedure: ProcedureDetail): void => {
    emit<DvcProcedurePickerEventMap, 'dvc-procedure-select'>(this, 'dvc-procedure-select', { procedure });
  };

  private readonly onRetry = (): void => {
    void this.catalogueTask.run();
  };

  private readonly onDetailRetry = (): void => {
    void this.detailTask.run();
  };

  // Back online: refresh a catalogue that failed or is served from memory.
  private readonly onOnline = (): void => {
    if (this.catalogueTask.status === TaskStatus.ERROR || this.catalogueLoad?.offline) this.onRetry();
  };

  // A provider defined later in the same page load still reaches the element: only warn if, one task
  // later, there is still no client.
  private warnIfStillWithoutClient(): void {
    setTimeout(() => {
      if (this.isConnected && this.activeClient === undefined && !this.warnings.has('missing-client')) {
        this.warnings.add('missing-client');
        warn('<dvc-procedure-picker> has no client: set .client or wrap it in <dvc-provider>.');
      }
    }, 0);
  }
}

/** The events of `<dvc-procedure-picker>`, by type. */
export interface DvcProcedurePickerEventMap {
  'dvc-procedure-select': CustomEvent<DvcProcedureSelectDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-picker': DvcProcedurePicker;
  }
  interface HTMLElementEventMap {
    'dvc-procedure-select': CustomEvent<DvcProcedureSelectDetail>;
  }
}
