import { PREFIX } from './report';
import type { SharedCore } from './coreGlobal';

/**
 * core/resolve and core/decide as the cold chunk sees them: the loader's own, from
 * `window.PortcullisCore` (src/coreGlobal.ts). The cold build resolves both modules to this
 * file (vite.config.ts), so an import of anything not listed here fails that build. Without
 * a loader of the same release (an older one from a cache) the chunk says so in the console.
 */
const core = window.PortcullisCore;
if (!core) console.error(PREFIX, 'portcullis-cold.js needs portcullis.js from the same release');
export const [resolve, currentChoice, REGION, MAX_AGE_CAP] = core || ([] as unknown as SharedCore);
