import Cookies from 'js-cookie';

/** Where and how long the choice cookie lives. */
export interface CookieOptions {
  name: string;
  domain?: string;
  maxAgeDays: number;
}

const attributes = (o: CookieOptions) => ({
  path: '/',
  domain: o.domain,
  sameSite: 'Lax' as const,
  secure: location.protocol == 'https:',
});

/**
 * Writes the first-party choice cookie with js-cookie: SameSite=Lax, Secure on https,
 * path /. Returns false if it could not be written (cookies blocked, sandboxed frame).
 */
export function writeCookie(o: CookieOptions, value: string): boolean {
  try {
    Cookies.set(o.name, value, { ...attributes(o), expires: o.maxAgeDays });
    return Cookies.get(o.name) == value;
  } catch {
    return false;
  }
}

/** Deletes the choice cookie. */
export function removeCookie(o: CookieOptions): void {
  try {
    Cookies.remove(o.name, attributes(o));
  } catch {
    // cookies unavailable: nothing was stored either
  }
}
