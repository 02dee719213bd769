import '@dvc-kit/elements/components/procedure-picker/define';
import {
  DvcProcedurePicker as DvcProcedurePickerElement,
  type DvcProcedurePickerEventMap,
} from '@dvc-kit/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { reactEvents } from './react-events.js';

/**
 * `<dvc-procedure-picker>` as a React component (registers the element): find a procedure, see its
 * checklist, fees and processing times. Event: `onDvcProcedureSelect`.
 *
 * @example
 * <DvcProcedurePicker query="khai sinh" onDvcProcedureSelect={(event) => setProcedure(event.detail.procedure)} />
 */
export const DvcProcedurePicker = createComponent({
  react: React,
  tagName: 'dvc-procedure-picker',
  elementClass: DvcProcedurePickerElement,
  events: reactEvents<DvcProcedurePickerEventMap>({ 'dvc-procedure-select': true }),
  displayName: 'DvcProcedurePicker',
});
