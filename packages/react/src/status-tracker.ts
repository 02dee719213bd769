import '@dvc-kit/elements/components/status-tracker/define';
import {
  DvcStatusTracker as DvcStatusTrackerElement,
  type DvcStatusTrackerEventMap,
} from '@dvc-kit/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { reactEvents } from './react-events.js';

/**
 * `<dvc-status-tracker>` as a React component (registers the element): follow a dossier by its code
 * and the owner's ID number. Events: `onDvcStatusChange`, `onDvcStatusTrackerLoad`.
 *
 * @example
 * <DvcStatusTracker code={code} onDvcStatusChange={(event) => notify(event.detail.current)} />
 */
export const DvcStatusTracker = createComponent({
  react: React,
  tagName: 'dvc-status-tracker',
  elementClass: DvcStatusTrackerElement,
  events: reactEvents<DvcStatusTrackerEventMap>({
    'dvc-status-change': true,
    'dvc-status-tracker-load': true,
  }),
  displayName: 'DvcStatusTracker',
});
