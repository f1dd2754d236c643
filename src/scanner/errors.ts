/**
 * A problem with the arguments or the environment (no Chromium, an unreachable URL, a
 * timeout): printed as one message, exit code 2. Anything else is a bug and keeps its stack.
 */
export class ScanError extends Error {
  override name = 'ScanError';
}

/** A page-load failure in words: the network error, or the timeout. */
export function loadError(e: unknown, url: string, timeout: number): string {
  const err = e as Error;
  if (err?.name == 'TimeoutError') return `timed out after ${timeout} ms loading ${url}`;
  const code = /net::(ERR_[A-Z_]+)/.exec(String(err?.message))?.[1];
  const why: Record<string, string> = {
    ERR_NAME_NOT_RESOLVED: 'the host name does not resolve',
    ERR_CONNECTION_REFUSED: 'the connection was refused',
    ERR_CONNECTION_RESET: 'the connection was reset',
    ERR_CONNECTION_TIMED_OUT: 'the connection timed out',
    ERR_ADDRESS_UNREACHABLE: 'the address is unreachable',
    ERR_INTERNET_DISCONNECTED: 'there is no network',
    ERR_CERT_AUTHORITY_INVALID: 'its TLS certificate is not trusted',
    ERR_CERT_COMMON_NAME_INVALID: 'its TLS certificate is for another host',
    ERR_TOO_MANY_REDIRECTS: 'it redirects in a loop',
    ERR_UNSAFE_PORT: 'browsers refuse that port',
  };
  if (code) return `could not reach ${url}: ${why[code] || 'the page failed to load'} (${code})`;
  return `could not load ${url}: ${String(err?.message || e).split('\n')[0]}`;
}
