/** Every console message Portcullis writes starts with this. */
export const PREFIX = '[portcullis]';

/** Logs an internal error without ever throwing into the page. */
export function report(error: unknown): void {
  try {
    console.error(PREFIX, error);
  } catch {
    // no console: nothing to do
  }
}
