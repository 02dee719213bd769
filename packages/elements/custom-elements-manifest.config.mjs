// Generates custom-elements.json (committed) from the JSDoc headers of the element classes:
// `npm run generate -w @dvc-kit/elements`; `generate:check` fails when the committed file is stale.
export default {
  globs: ['src/**/*.ts'],
  // Message tables are data, not API: leaving them out keeps the manifest about elements.
  exclude: ['src/**/*.test.ts', 'src/**/*.testing.ts', 'src/**/*.d.ts', 'src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  // package.json already points at the manifest ("customElements"); the check must not rewrite it.
  packagejson: false,
};
