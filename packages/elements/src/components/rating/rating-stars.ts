// The agent-point stars of <dvc-rating kind="agent-point">, which the element loads on demand
// (`import('./rating-stars.js')`), with the request that sends them: a dossier's rating never downloads
// them.
import { AGENT_STARS } from '@dvc-kit/domain';
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { radioGroup } from './rating-controls.js';

export { locationRatingRequest } from './location-rating-request.js';
// Added to the element's shadow root when this part lands (see `LazyPart`).
export { starsStyles as styles } from './rating-stars.styles.js';

/** What {@link renderStars} renders. */
export interface StarsOptions {
  /** The chosen stars as a digit, `''` when none. */
  readonly selected: string;
  readonly disabled: boolean;
  /** Ids of text outside the group that describes it (why it is disabled). */
  readonly describedBy: string | undefined;
  /** The error to show at the top of the group, if any. */
  readonly error: string | undefined;
  readonly onSelect: (value: string) => void;
}

/** "1 sao" / "1 star", "5 sao" / "5 stars": the accessible name of a star. */
function starsText(stars: number): string {
  return stars === 1
    ? msg(str`${stars} sao`, { id: 'rating.stars.one' })
    : msg(str`${stars} sao`, { id: 'rating.stars.other' });
}

// A five-pointed star; chosen stars are filled, the others outlined (the shape shows the choice, not
// only the colour).
function starIcon(filled: boolean): TemplateResult {
  return html`<svg class="star ${filled ? 'filled' : ''}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M12 2.5l2.94 6.2 6.56.8-4.84 4.58 1.25 6.67L12 17.5l-5.91 3.25 1.25-6.67L2.5 9.5l6.56-.8z"></path>
  </svg>`;
}

/**
 * 1–5 stars (`AGENT_STARS`) as a group of native radio buttons, each drawn as a star: the stars up to
 * the chosen one are filled, and each is named for screen readers ("4 sao").
 */
export function renderStars(options: StarsOptions): TemplateResult {
  const chosen = Number(options.selected);
  return radioGroup({
    name: 'stars',
    part: 'stars',
    legend: msg('Ông/Bà chấm điểm đại lý bao nhiêu sao?', { id: 'rating.stars-legend' }),
    choices: AGENT_STARS.map((stars) => ({
      value: String(stars),
      label: starsText(stars),
      content: starIcon(stars <= chosen),
    })),
    selected: options.selected,
    disabled: options.disabled,
    describedBy: options.describedBy,
    error: options.error,
    onSelect: options.onSelect,
  });
}
