/** The script-tag UI chunk (`dist/portcullis-ui.js`): exposes the UI to the loader as `PortcullisUI`. */
export { mount } from './index';
// The preference center chunk renders with this Preact (one copy, one render tree).
export { Fragment, h } from 'preact';
