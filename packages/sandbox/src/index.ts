export { type PartnerCode, TEST_SECRET_KEYS } from './auth/test-keys.js';
export { defaultConfig, type SandboxConfig } from './config.js';
export { createSandbox, type RunningSandbox, type StartOptions, startSandbox } from './sandbox.js';
