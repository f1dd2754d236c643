import type { PortcullisConfig } from '../types';
import { DEFAULT_PREVIEW, type PreviewOptions } from './previewDoc';

/** The localStorage key of the configurator's state. */
export const STORAGE_KEY = 'portcullis-configurator';

/** Everything a reload must find again. */
export interface Saved {
  draft: PortcullisConfig;
  preview: PreviewOptions;
  /** The folder the embed snippet loads the files from. */
  base: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** The saved state, or null when there is none or it is unreadable (storage blocked, foreign value). */
export function loadSaved(storage: Pick<Storage, 'getItem'> | undefined): Saved | null {
  try {
    const saved = JSON.parse(storage?.getItem(STORAGE_KEY) || 'null');
    if (!isObj(saved) || !isObj(saved.draft)) return null;
    return {
      draft: saved.draft as unknown as PortcullisConfig,
      preview: { ...DEFAULT_PREVIEW, ...(isObj(saved.preview) ? saved.preview : {}) },
      base: typeof saved.base == 'string' ? saved.base : '/portcullis/',
    };
  } catch {
    return null;
  }
}

/** Saves the state; false when storage refused it (blocked or full). */
export function save(storage: Pick<Storage, 'setItem'> | undefined, saved: Saved): boolean {
  try {
    storage!.setItem(STORAGE_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}
