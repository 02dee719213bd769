import { DEFAULT_RETRY, type RetryPolicy } from './retry-policy.js';
import { DEFAULT_TIMEOUTS, type TimeoutOptions } from './timeouts.js';

/** The tuning options both clients take. */
export interface TransportTuning {
  timeout?: TimeoutOptions | undefined;
  retry?: RetryPolicy | false | undefined;
  validate?: boolean | undefined;
}

/** The tuning with every default filled in. */
export function resolveTuning(tuning: TransportTuning) {
  return {
    timeout: { ...DEFAULT_TIMEOUTS, ...tuning.timeout },
    retry: tuning.retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : { ...DEFAULT_RETRY, ...tuning.retry },
    validate: tuning.validate ?? true,
  };
}
