// The file types the contract accepts, as the documents section shows them. Apart from the file checks
// (`file-checks.ts`), which load with the uploads when the citizen first picks a file.

/** Every type the contract accepts: what a document without `acceptedMediaTypes` takes. */
export const ALL_MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** Media types as people know them: `PDF, JPEG, PNG`. */
export const mediaTypeNames = (types: readonly string[]): string =>
  types.map((type) => type.split('/')[1]?.toUpperCase()).join(', ');
