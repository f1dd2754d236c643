import type { ApiHandle } from './api';
import { validate } from './core/validate';
import { install, type InstallOptions } from './install';
import { PREFIX } from './report';

/**
 * Validates a raw config and installs it. An invalid config fails closed: one console
 * error says what to fix, the API stays in its "only necessary" state, nothing throws.
 * Returns the teardown.
 */
export function boot(raw: unknown, handle: ApiHandle, opts: InstallOptions): () => void {
  const { config, errors, warnings } = validate(raw);
  if (warnings.length) console.warn(PREFIX, `config: ${warnings.join('; ')}`);
  if (!config) {
    console.error(
      PREFIX,
      `Invalid config; only necessary elements will run until it is fixed:\n- ${errors.join('\n- ')}`,
    );
    handle.attach(null);
    return () => {};
  }
  return install(config, handle, opts);
}
