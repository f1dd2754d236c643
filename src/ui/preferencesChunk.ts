/**
 * The script-tag preference center chunk (`dist/portcullis-preferences.js`), loaded when the
 * visitor opens it; exposes `PortcullisPreferences` and renders with `PortcullisUI`'s Preact.
 */
export { PreferenceCenter } from './PreferenceCenter';
