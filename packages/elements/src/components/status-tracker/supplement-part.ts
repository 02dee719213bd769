// What the tracker loads on demand (`import('./supplement-part.js')`): only a dossier with an open
// supplement request needs the form that answers it and the code that uploads and sends the files, so
// a citizen who only follows a dossier never downloads them.

export { checkSupplementFile, sendSupplement } from './send-supplement.js';
export { fileInputId, renderSupplementForm } from './supplement-form.js';
