/** Build-time flags, replaced per build in vite.config.ts. */
declare const __DEV__: boolean;
/** The package version. */
declare const __VERSION__: string;
/** True in the script-tag (IIFE) build, false in the ESM build. */
declare const __IIFE__: boolean;
