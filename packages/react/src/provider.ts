import '@dvc-kit/elements/provider/define';
import { DvcProvider as DvcProviderElement } from '@dvc-kit/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';

/**
 * `<dvc-provider>` as a React component (registers the element): hands `client`, `locale` and a
 * partner `theme` to every dvc-kit component inside, through React trees and shadow roots alike.
 *
 * @example
 * <DvcProvider client={client} theme="vnpost" locale="vi">
 *   <DvcProcedurePicker />
 * </DvcProvider>
 */
export const DvcProvider = createComponent({
  react: React,
  tagName: 'dvc-provider',
  elementClass: DvcProviderElement,
  displayName: 'DvcProvider',
});
