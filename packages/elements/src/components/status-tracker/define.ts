// Registers <dvc-status-tracker>. Listed in package.json's `sideEffects`.
import { defineElement } from '../../base/define-element.js';
import { DvcStatusTracker } from './status-tracker.js';

defineElement('dvc-status-tracker', DvcStatusTracker);

export { DvcStatusTracker };
