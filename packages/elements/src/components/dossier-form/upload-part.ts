// What <dvc-dossier-form> loads on demand (`import('./upload-part.js')`) when the citizen first picks or
// drops a file — and starts loading when focus enters the documents section or a file is dragged over
// it: the file checks and the uploads, with progress, retries and aborts.
export { checkFileFor } from './file-checks.js';
export { AttachmentUploads } from './uploads.js';
