// Registers <dvc-dossier-form>. Listed in package.json's `sideEffects`. The receipt it shows after
// submitting is <dvc-receipt>: register it too (its own define file, or `@dvc-kit/elements/define`).
import { defineElement } from '../../base/define-element.js';
import { DvcDossierForm } from './dossier-form.js';

defineElement('dvc-dossier-form', DvcDossierForm);

export { DvcDossierForm };
