// Registers <dvc-provider>. Listed in package.json's `sideEffects`.
import { defineElement } from '../base/define-element.js';
import { DvcProvider } from './dvc-provider.js';

defineElement('dvc-provider', DvcProvider);

export { DvcProvider };
