import type { LoadFile } from '../loadScript';
import type { PreferenceCenter } from './PreferenceCenter';

/**
 * Loads the preference center on first use, so a first visit downloads only what the banner
 * needs. The script-tag build adds `portcullis-preferences.js` from the loader's directory
 * (it renders with this chunk's Preact); the ESM build imports it so bundlers split it.
 */
export function loadPreferenceCenter(load: LoadFile): Promise<typeof PreferenceCenter> {
  if (!__IIFE__) return import('./PreferenceCenter').then((m) => m.PreferenceCenter);
  return load(
    'portcullis-preferences.js',
    () => (window as { PortcullisPreferences?: { PreferenceCenter: typeof PreferenceCenter } }).PortcullisPreferences?.PreferenceCenter,
  );
}
