// Every story: the elements registered, their API (controls, descriptions) from
// `custom-elements.json`, the review toolbar, events in the Actions panel, axe in the a11y panel.
import '@dvc-kit/elements/define';
// Re-exported by the framework package (a direct dependency): `@storybook/web-components`'s function.
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { exampleApiBusy } from '../stories/support/example-client.js';
import { controlsFromManifestTypes } from './controls.js';
import { type CustomElementsManifest, eventNames, publicApiManifest } from './custom-elements.js';
import { logEvents } from './event-actions.js';
import { applyLocale, globalTypes, initialGlobals, withMode, withTheme } from './globals.js';

const elementsManifest = manifest as CustomElementsManifest;
setCustomElementsManifest(publicApiManifest(elementsManifest));

// For `tests/stories/stories.test.ts`: it checks a story once the example data has arrived.
Object.assign(globalThis, { dvcStories: { exampleApiBusy } });

const preview: Preview = {
  globalTypes,
  initialGlobals,
  loaders: [applyLocale],
  decorators: [withMode, withTheme, logEvents(eventNames(elementsManifest))],
  argTypesEnhancers: [controlsFromManifestTypes],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Violations are errors in the a11y panel, as they are in `npm test`.
    a11y: { test: 'error' },
  },
};

export default preview;
