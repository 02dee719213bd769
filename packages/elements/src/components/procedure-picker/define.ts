// Registers <dvc-procedure-picker>. Listed in package.json's `sideEffects`.
import { defineElement } from '../../base/define-element.js';
import { DvcProcedurePicker } from './procedure-picker.js';

defineElement('dvc-procedure-picker', DvcProcedurePicker);

export { DvcProcedurePicker };
