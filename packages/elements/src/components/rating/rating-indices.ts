// The official indices of <dvc-rating full>, which the element loads on demand
// (`import('./rating-indices.js')`): their questions and answers, in two languages, are the largest text
// of the rating, and only full mode asks them.
import { type Locale, OFFICIAL_INDICES, type OfficialIndexKey } from '@dvc-kit/domain';
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { radioGroup } from './rating-controls.js';

// Added to the element's shadow root when this part lands (see `LazyPart`).
export { indicesStyles as styles } from './rating-indices.styles.js';

/** What {@link renderIndices} renders. */
export interface IndicesOptions {
  readonly locale: Locale;
  /** The answers given so far, by index. */
  readonly answers: Readonly<Partial<Record<OfficialIndexKey, string>>>;
  readonly disabled: boolean;
  readonly onAnswer: (index: OfficialIndexKey, answer: string) => void;
}

/**
 * The official satisfaction indices (`OFFICIAL_INDICES` of `@dvc-kit/domain`, worded there in both
 * languages): one optional group of radio buttons per index, inside one fieldset.
 */
export function renderIndices(options: IndicesOptions): TemplateResult {
  const { locale } = options;
  return html`<fieldset part="indices" class="group indices" ?disabled=${options.disabled}>
    <legend class="legend">${msg('Các chỉ số đánh giá (không bắt buộc)', { id: 'rating.indices-legend' })}</legend>
    ${OFFICIAL_INDICES.map((index) =>
      radioGroup({
        name: `index-${index.key}`,
        part: 'index',
        legend: index.question[locale],
        choices: index.options.map((option) => ({ value: option.key, label: option.label[locale] })),
        selected: options.answers[index.key],
        disabled: options.disabled,
        onSelect: (answer) => options.onAnswer(index.key, answer),
      }),
    )}
  </fieldset>`;
}
