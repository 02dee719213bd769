/**
 * One test secret key per partner. They are fixed (not random) so the README can list them and a partner's
 * code keeps working against a fresh sandbox; they only ever work on the sandbox.
 */
export const TEST_SECRET_KEYS = {
  VNPOST: 'sk_test_vnpost_7c41d2a9e05b4f18',
  VIETTEL_POST: 'sk_test_viettelpost_3e9b06f2c8a14d75',
  FPT_RETAIL: 'sk_test_fptretail_a52f9c1e7d3b4086',
  VNPT: 'sk_test_vnpt_9d8e2b4c61f0a357',
  MOBIFONE: 'sk_test_mobifone_1f6a3d9e8c2b4705',
  VIETTEL_STORE: 'sk_test_viettelstore_6b2e8f1a4c9d3057',
  BIDV: 'sk_test_bidv_e4c7a1f93b5d2068',
} as const;

/** A partner's code, as the contract's `PartnerCode`. */
export type PartnerCode = keyof typeof TEST_SECRET_KEYS;
