/** The script-tag cold chunk (`dist/portcullis-cold.js`): exposes the cold path to the loader as `PortcullisCold`. */
export { record, restamp, validate } from './cold';
