/** What `portcullis scan` was asked to do. */
export interface ScanOptions {
  /** The page to start from (http or https). */
  url: string;
  /** Most pages to scan, following same-site links breadth-first. @default 10 */
  pages: number;
  /** Where to write the draft config (JSON). */
  out?: string;
  /** Where to write the full report (JSON). */
  report?: string;
  /** Exit 1 when a tracker that needs consent ran before consent. @default false */
  check: boolean;
  /** Milliseconds a page may take to load. @default 30000 */
  timeout: number;
  /** Milliseconds without network activity after which a page counts as settled. @default 1000 */
  idle: number;
  /** Chromium executable (else `CHROMIUM_PATH`, `/usr/bin/chromium`, Playwright's own). */
  chromium?: string;
  /** Chromium `--host-resolver-rules`, e.g. `MAP * 127.0.0.1` for a staging server. */
  hostRules?: string;
}

/** The parsed command line: a scan, a request for help or the version, or what is wrong. */
export type Command =
  | { kind: 'scan'; options: ScanOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: portcullis scan <url> [options]

Loads the site in Chromium, before any consent and after "Accept all" in a Portcullis
banner, and lists the trackers it finds, their cookies and unknown third-party hosts.

Options:
  --pages N          most pages to scan, following same-site links (default 10)
  --out FILE         write a draft config (JSON) with the trackers found
  --report FILE      write the full findings (JSON)
  --check            exit 1 when an analytics, advertising, session replay or
                     personalization tracker ran or stored something before consent
  --timeout MS       per page load (default 30000)
  --idle MS          quiet network time after which a page counts as settled (default 1000)
  --chromium PATH    Chromium executable (default: $CHROMIUM_PATH, /usr/bin/chromium,
                     then Playwright's own)
  --host-rules RULES Chromium host resolver rules, e.g. "MAP * 127.0.0.1"
  -h, --help         show this help
  --version          show the version

Exit codes: 0 done, 1 --check failed, 2 bad arguments or the site or Chromium could not be used.`;

const VALUE_OPTIONS = ['pages', 'out', 'report', 'timeout', 'idle', 'chromium', 'host-rules'];

/** A whole number within bounds, or an error message naming the option. */
function count(name: string, value: string, min: number, max: number): number | string {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    return `--${name} needs a whole number from ${min} to ${max}, not "${value}"`;
  return n;
}

/** The start URL: `example.com` means `https://example.com/`; only http(s) is scanned. */
export function normalizeUrl(input: string): string | null {
  const text = /^[a-z][a-z0-9+.-]*:/i.test(input) ? input : 'https://' + input;
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

/** Parses the arguments after `portcullis` (`['scan', 'https://…', '--check']`). Never throws. */
export function parseArgs(argv: readonly string[]): Command {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg == '-h' || arg == '--help') return { kind: 'help' };
    if (arg == '--version') return { kind: 'version' };
    if (arg == '--check') check = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (!VALUE_OPTIONS.includes(name))
        return {
          kind: 'error',
          message: `unknown option ${arg.slice(0, eq < 0 ? undefined : eq)}`,
        };
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        return { kind: 'error', message: `--${name} needs a value` };
      values[name] = value;
    } else positional.push(arg);
  }
  if (positional[0] != 'scan')
    return {
      kind: 'error',
      message: positional.length
        ? `unknown command "${positional[0]}" (the command is "scan")`
        : 'missing command "scan"',
    };
  if (positional.length < 2) return { kind: 'error', message: 'missing the URL to scan' };
  if (positional.length > 2)
    return { kind: 'error', message: `one URL at a time (also got "${positional[2]}")` };
  const url = normalizeUrl(positional[1]);
  if (!url) return { kind: 'error', message: `"${positional[1]}" is not an http or https URL` };
  const pages = count('pages', values.pages ?? '10', 1, 1000);
  const timeout = count('timeout', values.timeout ?? '30000', 100, 600_000);
  const idle = count('idle', values.idle ?? '1000', 0, 60_000);
  for (const n of [pages, timeout, idle])
    if (typeof n == 'string') return { kind: 'error', message: n };
  const options: ScanOptions = {
    url,
    pages: pages as number,
    check,
    timeout: timeout as number,
    idle: idle as number,
  };
  if (values.out) options.out = values.out;
  if (values.report) options.report = values.report;
  if (values.chromium) options.chromium = values.chromium;
  if (values['host-rules']) options.hostRules = values['host-rules'];
  return { kind: 'scan', options };
}
