import type { SharedCore } from './coreGlobal';

/**
 * core/resolve and core/decide as the cold chunk sees them: the loader's own, from
 * `window.PortcullisCore` (src/coreGlobal.ts). The cold build resolves both modules to this
 * file (vite.config.ts), so an import of anything not listed here fails that build. The
 * chunk included on its own (no loader) still loads without an error.
 */
export const [resolve, decide, currentChoice, REGION, MAX_AGE_CAP] = window.PortcullisCore || ([] as unknown as SharedCore);
