// English templates for the Vietnamese source messages, by id. Written by hand in the format the
// lit-localize CLI would generate: `str` templates number the source's placeholders `${0}`, `${1}`…
// in source order, and may reorder them. One file per element under `en/`, so that
// the elements' engineers never edit the same file. A unit test checks that every id used in `src/` is here
// and nothing else is.
import { commonTemplates } from './en/common.js';
import { formTemplates } from './en/form.js';
import { pickerTemplates } from './en/picker.js';
import { ratingTemplates } from './en/rating.js';
import { receiptTemplates } from './en/receipt.js';
import { trackerTemplates } from './en/tracker.js';

/** The English messages. */
export const templates = {
  ...commonTemplates,
  ...formTemplates,
  ...pickerTemplates,
  ...ratingTemplates,
  ...receiptTemplates,
  ...trackerTemplates,
};
