/**
 * The configurator's state as signals: the draft config, the preview options and the
 * snippet's folder, saved to localStorage on every change so a reload loses nothing; and
 * what is derived from them (the exported config, its validation).
 */
import { computed, effect, signal } from '@preact/signals';
import { validate } from '../core/validate';
import type { PortcullisConfig } from '../types';
import { cleanConfig } from './clean';
import { toIssues } from './issues';
import { setIn } from './paths';
import { loadSaved, save } from './persist';
import { DEFAULT_PREVIEW, type PreviewOptions } from './previewDoc';
import { template } from './templates';

const storage = (() => {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
})();
const saved = loadSaved(storage);

/** The config being edited. Its `categories` are always listed; the export leaves out a default list. */
export const draft = signal<PortcullisConfig>(saved?.draft || template('empty'));
/** How the preview shows it; `language` is also the language category texts are edited in. */
export const preview = signal<PreviewOptions>(saved?.preview || DEFAULT_PREVIEW);
/** The folder the embed snippet loads Portcullis from. */
export const base = signal(saved?.base || '/portcullis/');
/** Whether the last change reached localStorage. */
export const stored = signal(true);
/** The last message for the live region ("Copied", "Imported 3 vendors"). */
export const status = signal('');
/** Hosts from an imported scan report that no catalog entry covers. */
export const unknownHosts = signal<string[]>([]);

/** The config as exported: the draft without empty fields. */
export const exported = computed(() => cleanConfig(draft.value));
/** The loader's own validation of the exported config. */
export const validation = computed(() => validate(exported.value));
/** Its errors and warnings, each with its field path. */
export const issues = computed(() => toIssues(validation.value));

effect(() => {
  stored.value = save(storage, { draft: draft.value, preview: preview.value, base: base.value });
});

/** Sets one field of the draft by path; `undefined` removes it. */
export function edit(path: string, value: unknown): void {
  draft.value = setIn(draft.value, path, value);
}

/** Changes some preview options. */
export function setPreview(change: Partial<PreviewOptions>): void {
  preview.value = { ...preview.value, ...change };
}

/** Says something through the live region; the same text twice is announced twice. */
export function announce(text: string): void {
  status.value = '';
  setTimeout(() => (status.value = text), 50);
}
