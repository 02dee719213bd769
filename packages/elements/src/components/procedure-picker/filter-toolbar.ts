import type { Locale } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { FILTER_GROUPS, type FilterChip, type FilterGroup, isChipPressed } from './filter-chips.js';
import type { ProcedureFilters } from './procedure-filter.js';
import { agentAssistedText, levelText, onlineLevelText } from './procedure-text.js';

/** What the toolbar shows and what it calls back. */
export interface FilterToolbarView {
  /** Shown; hidden, it stays in the DOM for the button's `aria-controls`. */
  readonly open: boolean;
  readonly chips: readonly FilterChip[];
  readonly filters: ProcedureFilters;
  /** The chip in the tab order (a roving tabindex: the toolbar is one tab stop). */
  readonly tabStop: number;
  readonly locale: Locale;
  readonly onToggle: (index: number) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

function chipText(chip: FilterChip, locale: Locale): string {
  switch (chip.kind) {
    case 'level':
      return levelText(chip.value);
    case 'online':
      return onlineLevelText(chip.value);
    case 'agent':
      return agentAssistedText();
    case 'field':
      return chip.value.name[locale];
  }
}

function groupLabel(group: FilterGroup): string {
  switch (group) {
    case 'level':
      return msg('Cấp thực hiện', { id: 'picker.level' });
    case 'online':
      return msg('Mức độ trực tuyến', { id: 'picker.online' });
    case 'agent':
      return msg('Đại lý dịch vụ công', { id: 'picker.detail.agent' });
    case 'field':
      return msg('Lĩnh vực', { id: 'picker.field' });
  }
}

/**
 * The filters as toggle buttons (`aria-pressed`) in one `toolbar`: Tab enters it once, at the last
 * chip used; the arrow keys, Home and End move between chips (WAI-ARIA APG toolbar pattern). Grouped
 * and labelled by kind. A pressed chip shows a check mark besides its colours.
 */
export function renderFilterToolbar(view: FilterToolbarView): TemplateResult {
  const indexed = view.chips.map((chip, index) => ({ chip, index }));
  return html`<div
    id="filters"
    part="filters"
    class="filters"
    role="toolbar"
    ?hidden=${!view.open}
    aria-label=${msg('Bộ lọc thủ tục', { id: 'picker.filters' })}
    @keydown=${view.onKeydown}
  >
    ${FILTER_GROUPS.map((group) => {
      const members = indexed.filter(({ chip }) => chip.kind === group);
      if (members.length === 0) return '';
      return html`<div class="filter-group" role="group" aria-labelledby="filter-${group}">
        <span id="filter-${group}" class="filter-label">${groupLabel(group)}</span>
        ${members.map(
          ({ chip, index }) => html`<button
            type="button"
            part="filter-chip"
            class="chip"
            data-chip=${index}
            tabindex=${index === view.tabStop ? 0 : -1}
            aria-pressed=${isChipPressed(chip, view.filters) ? 'true' : 'false'}
            @click=${() => view.onToggle(index)}
          >
            ${chipText(chip, view.locale)}
          </button>`,
        )}
      </div>`;
    })}
  </div>`;
}
