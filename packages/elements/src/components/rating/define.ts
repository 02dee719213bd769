// Registers <dvc-rating>. Listed in package.json's `sideEffects`.
import { defineElement } from '../../base/define-element.js';
import { DvcRating } from './rating.js';

defineElement('dvc-rating', DvcRating);

export { DvcRating };
