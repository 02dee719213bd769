import type { Locale } from '@dvc-kit/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { customProperty } from './custom-property.js';
import { highlightMatches } from './highlight.js';
import { agentAssistedText, offerText, onlineLevelText } from './procedure-text.js';
import type { ProcedureSummary } from './procedure-types.js';

/** Where an option sits and how it looks. */
export interface ProcedureOptionState {
  /** Its index in the results; its id is `optionId(index)`. */
  readonly index: number;
  /** How many results there are, rendered or not (`aria-setsize`). */
  readonly count: number;
  /** The option `aria-activedescendant` points at. */
  readonly active: boolean;
  /** The procedure the picker's `value` names. */
  readonly selected: boolean;
  /** The query, to emphasise the words it matched in the name. */
  readonly query: string;
  readonly locale: Locale;
}

/** The id of the option at `index`, for `aria-activedescendant`. */
export const optionId = (index: number): string => `option-${index}`;

function highlightedName(name: string, query: string): TemplateResult[] | string {
  if (query.trim() === '') return name;
  return highlightMatches(name, query).map((segment) =>
    segment.match ? html`<strong part="match" class="match">${segment.text}</strong>` : html`${segment.text}`,
  );
}

/**
 * One procedure in the listbox: its name (the query's words emphasised), code, field and online
 * level, then each channel's processing time and fee. Rows are absolutely positioned at
 * `index × row height` (the `--_index` custom property, set through the CSS object model, which a
 * strict CSP allows), so that only the visible window of a long list is in the DOM.
 */
export function renderProcedureOption(
  procedure: ProcedureSummary,
  state: ProcedureOptionState,
): TemplateResult {
  const parts = ['option', state.active && 'option-active', state.selected && 'option-selected'];
  return html`<div
    role="option"
    id=${optionId(state.index)}
    part=${parts.filter(Boolean).join(' ')}
    class="option"
    ?data-active=${state.active}
    data-index=${state.index}
    aria-selected=${state.selected ? 'true' : 'false'}
    aria-setsize=${state.count}
    aria-posinset=${state.index + 1}
    ${customProperty('--_index', state.index)}
  >
    <span class="option-name">${highlightedName(procedure.name[state.locale], state.query)}</span>
    <span class="option-meta">
      <span class="code">${procedure.code}</span> · ${procedure.field.name[state.locale]} ·
      ${onlineLevelText(procedure.onlineLevel)}${procedure.agentAssisted ? html` · ${agentAssistedText()}` : nothing}
    </span>
    <span class="option-offers">${procedure.channels.map((offer) => offerText(offer, state.locale)).join(' · ')}</span>
  </div>`;
}
