// Every runtime schema, by its contract name + `Schema`. The contract test looks schemas up by the
// example file's name (`openapi/examples/<Name>.json` → `<Name>Schema`).
export * from './attachments.js';
export * from './catalogue.js';
export * from './common.js';
export * from './dossier-requests.js';
export * from './dossiers.js';
export * from './embed-sessions.js';
export * from './places.js';
export * from './problem.js';
export * from './ratings.js';
