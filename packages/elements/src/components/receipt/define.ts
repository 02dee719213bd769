// Registers <dvc-receipt>. Listed in package.json's `sideEffects`.
import { defineElement } from '../../base/define-element.js';
import { DvcReceipt } from './receipt.js';

defineElement('dvc-receipt', DvcReceipt);

export { DvcReceipt };
