import type { ApiHandle } from './api';
import { fingerprint } from './core/fingerprint';
import { readCookie } from './core/readCookie';
import { resolve } from './core/resolve';
import { decode } from './core/storage';
import { consentDefault, consentTypes } from './integrations/consentMode';
import { install, type InstallOptions } from './install';
import { PREFIX } from './report';
import type { PortcullisConfig } from './types';

/** Fails closed: one console error says what to fix; the API stays at "only necessary". */
export function failClosed(handle: ApiHandle, problem: string): void {
  console.error(PREFIX, `${problem}\nOnly necessary elements will run until this is fixed.`);
  handle.attach(null);
}

/**
 * Starts Portcullis with a raw config. When the stored choice was made under this very
 * config (same fingerprint), the config was validated then and is used at once; otherwise
 * it is validated through the cold path first, and until then nothing non-necessary runs
 * and Google Consent Mode (if asked for) gets an all-denied default. An invalid config
 * fails closed; nothing throws. Returns the teardown.
 */
export function boot(raw: unknown, handle: ApiHandle, opts: InstallOptions): () => void {
  let teardown = () => {};
  const c = raw as PortcullisConfig;
  // Auto-blocking starts at once, from the config as written: blocking more is always safe.
  const autoBlock = (window as { PortcullisAutoBlock?: (v: unknown, a: (id: string) => boolean) => void }).PortcullisAutoBlock;
  if (c?.autoBlock) autoBlock ? autoBlock(c.vendors, handle.api.allowed) : console.warn(PREFIX, 'autoBlock needs portcullis-autoblock.js right before portcullis.js');
  const fp = fingerprint(raw);
  const name = c?.cookie?.name;
  const stored = decode(readCookie(typeof name == 'string' ? name : 'portcullis'), Date.now());
  if (fp && stored?.fp == fp) return install(resolve(c), handle, opts, fp, stored);

  const gcm = c?.googleConsentMode;
  if (gcm) consentDefault(consentTypes(null), { waitForUpdate: 500, ...(gcm as object) });
  // No choice yet: the banner will be needed, so its chunk loads alongside the validation.
  if (!stored && c) opts.loadUi().catch(() => {});
  opts.cold.use((cold) => {
    const { config, errors, warnings } = cold.validate(raw);
    if (warnings.length) console.warn(PREFIX, `config: ${warnings.join('; ')}`);
    if (!config) return failClosed(handle, `Invalid config:\n- ${errors.join('\n- ')}`);
    teardown = install(config, handle, opts, fp, stored, !!gcm);
    cold.restamp(config, stored, fp);
  });
  return () => teardown();
}
