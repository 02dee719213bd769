// Registers every dvc-kit element (provider first, so elements find it as they connect) and
// re-exports the public API, so that the bundle built from this file (`dist/bundle/dvc-kit.bundle.js`)
// also gives a plain page `setLocale`, the classes and the presets of that same copy.
// Listed in package.json's `sideEffects`.
import './provider/define.js';
import './components/dossier-form/define.js';
import './components/procedure-picker/define.js';
import './components/rating/define.js';
import './components/receipt/define.js';
import './components/status-tracker/define.js';

export * from './index.js';
