import '@dvc-kit/elements/components/rating/define';
import { DvcRating as DvcRatingElement, type DvcRatingEventMap } from '@dvc-kit/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { reactEvents } from './react-events.js';

/**
 * `<dvc-rating>` as a React component (registers the element): the citizen's satisfaction rating of a
 * dossier, or stars for an agent point. Event: `onDvcRatingSubmitted`.
 *
 * @example
 * <DvcRating dossierCode={code} counter onDvcRatingSubmitted={() => setRated(true)} />
 */
export const DvcRating = createComponent({
  react: React,
  tagName: 'dvc-rating',
  elementClass: DvcRatingElement,
  events: reactEvents<DvcRatingEventMap>({ 'dvc-rating-submitted': true }),
  displayName: 'DvcRating',
});
