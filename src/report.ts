/** Every console message Portcullis writes starts with this. */
export const PREFIX = '[portcullis]';

/** Logs an internal error without ever throwing into the page. */
export function report(error: unknown): void {
  console.error(PREFIX, error);
}

/** Runs `fn`, reporting instead of throwing: nothing Portcullis runs may break the page. */
export function attempt(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    report(e);
  }
}
