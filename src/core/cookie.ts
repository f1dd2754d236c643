import Cookies from 'js-cookie';

/** Where and how long the choice cookie lives. */
export interface CookieOptions {
  name: string;
  domain?: string;
  maxAgeDays: number;
}

const secure = () => location.protocol == 'https:';

/** Reads a cookie; undefined when missing or when cookies are unavailable (sandboxed frames). */
export function readCookie(name: string): string | undefined {
  try {
    return Cookies.get(name);
  } catch {
    return undefined;
  }
}

/** Writes the first-party choice cookie: SameSite=Lax, Secure on https. Returns false if it could not be written. */
export function writeCookie(opts: CookieOptions, value: string): boolean {
  try {
    Cookies.set(opts.name, value, {
      expires: opts.maxAgeDays,
      path: '/',
      domain: opts.domain,
      sameSite: 'Lax',
      secure: secure(),
    });
    return Cookies.get(opts.name) == value;
  } catch {
    return false;
  }
}

/** Deletes the choice cookie. */
export function removeCookie(opts: CookieOptions): void {
  try {
    Cookies.remove(opts.name, { path: '/', domain: opts.domain, sameSite: 'Lax', secure: secure() });
  } catch {
    // cookies unavailable: nothing was stored either
  }
}
