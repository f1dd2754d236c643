import { validate, type ResolvedConfig } from '../../src/core/validate';
import type { PortcullisConfig } from '../../src/types';

/** A resolved config for tests; fails the test if the config is invalid. */
export function resolved(extra: Partial<PortcullisConfig> = {}): ResolvedConfig {
  const v = validate({ policyVersion: 'v1', ...extra });
  if (!v.config) throw new Error('invalid test config: ' + v.errors.join('; '));
  return v.config;
}

export const NOW = Date.UTC(2026, 10, 23, 12);
export const DAY = 864e5;
