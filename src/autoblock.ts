/**
 * The auto-blocking entry (`dist/portcullis-autoblock.js`, and `portcullis/autoblock` for
 * bundlers): include it right before the loader. It only registers itself; the loader
 * starts it with the config's vendors when `autoBlock` is on.
 */
import { startAutoBlock } from './gate/autoblock';

(window as { PortcullisAutoBlock?: typeof startAutoBlock }).PortcullisAutoBlock = startAutoBlock;
