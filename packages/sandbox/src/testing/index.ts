export { mintEmbedToken, startTestSandbox } from './test-sandbox.js';
