// What <dvc-dossier-form> loads on demand (`import('./upload-part.js')`) right after its checks once the
// citizen starts filling in — or at once when focus enters the documents section, or a file is dragged
// over it or picked: the file checks and the uploads, with progress, retries and aborts.
export { checkFileFor } from './file-checks.js';
export { AttachmentUploads } from './uploads.js';
