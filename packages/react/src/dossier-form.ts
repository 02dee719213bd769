import '@dvc-kit/elements/components/dossier-form/define';
import { DvcDossierForm as DvcDossierFormElement, type DvcDossierFormEventMap } from '@dvc-kit/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { reactEvents } from './react-events.js';

/**
 * `<dvc-dossier-form>` as a React component (registers the element and `<dvc-receipt>`, which it
 * shows after sending): fill in and submit a dossier exactly once. Events: `onDvcDossierSubmit`
 * (cancelable), `onDvcDossierSubmitted`, `onDvcError`.
 *
 * @example
 * <DvcDossierForm procedure={procedure} channel="ONLINE"
 *   onDvcDossierSubmitted={(event) => showReceipt(event.detail.receipt)} />
 */
export const DvcDossierForm = createComponent({
  react: React,
  tagName: 'dvc-dossier-form',
  elementClass: DvcDossierFormElement,
  events: reactEvents<DvcDossierFormEventMap>({
    'dvc-dossier-submit': true,
    'dvc-dossier-submitted': true,
    'dvc-error': true,
  }),
  displayName: 'DvcDossierForm',
});
