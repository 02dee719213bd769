import '@dvc-kit/elements/components/receipt/define';
import { DvcReceipt as DvcReceiptElement, type DvcReceiptEventMap } from '@dvc-kit/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { reactEvents } from './react-events.js';

/**
 * `<dvc-receipt>` as a React component (registers the element): the printable receipt (Form 01).
 * Events: `onDvcReceiptLoad`, `onDvcReceiptError`, `onDvcReceiptPrint` (cancelable).
 *
 * @example
 * <DvcReceipt receipt={created.receipt} layout="thermal" statusUrl="https://dvc.example.vn/tra-cuu?code={code}" />
 */
export const DvcReceipt = createComponent({
  react: React,
  tagName: 'dvc-receipt',
  elementClass: DvcReceiptElement,
  events: reactEvents<DvcReceiptEventMap>({
    'dvc-receipt-load': true,
    'dvc-receipt-error': true,
    'dvc-receipt-print': true,
  }),
  displayName: 'DvcReceipt',
});
