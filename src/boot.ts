import type { ApiHandle } from './api';
import { validate } from './core/validate';
import { install, type InstallOptions } from './install';
import { PREFIX } from './report';

/** Fails closed: one console error says what to fix; the API stays at "only necessary". */
export function failClosed(handle: ApiHandle, problem: string): void {
  console.error(PREFIX, `${problem}\nOnly necessary elements will run until this is fixed.`);
  handle.attach(null);
}

/**
 * Validates a raw config and installs it; an invalid config fails closed and nothing
 * throws. Returns the teardown.
 */
export function boot(raw: unknown, handle: ApiHandle, opts: InstallOptions): () => void {
  const { config, errors, warnings } = validate(raw);
  if (warnings.length) console.warn(PREFIX, `config: ${warnings.join('; ')}`);
  if (config) return install(config, handle, opts);
  failClosed(handle, `Invalid config:\n- ${errors.join('\n- ')}`);
  return () => {};
}
