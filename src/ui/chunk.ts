/** The script-tag UI chunk (`dist/portcullis-ui.js`): exposes the UI to the loader as `PortcullisUI`. */
export { mount } from './index';
