import { describe, expect, it } from 'vitest';
import { normalizeUrl, parseArgs } from '../../src/scanner/args';
import { chooseChromium } from '../../src/scanner/browser';
import { loadError } from '../../src/scanner/errors';

describe('parseArgs', () => {
  it('reads a scan with defaults', () => {
    expect(parseArgs(['scan', 'https://shop.example/'])).toEqual({
      kind: 'scan',
      options: {
        url: 'https://shop.example/',
        pages: 10,
        check: false,
        timeout: 30000,
        idle: 1000,
      },
    });
  });

  it('reads every option, as "--name value" or "--name=value"', () => {
    const cmd = parseArgs([
      'scan',
      'http://shop.test:8080/start',
      '--pages=3',
      '--out',
      'config.json',
      '--report',
      'r.json',
      '--check',
      '--timeout',
      '5000',
      '--idle=200',
      '--chromium',
      '/opt/chromium',
      '--host-rules',
      'MAP * 127.0.0.1',
    ]);
    expect(cmd).toEqual({
      kind: 'scan',
      options: {
        url: 'http://shop.test:8080/start',
        pages: 3,
        out: 'config.json',
        report: 'r.json',
        check: true,
        timeout: 5000,
        idle: 200,
        chromium: '/opt/chromium',
        hostRules: 'MAP * 127.0.0.1',
      },
    });
  });

  it('answers help and version before anything else', () => {
    expect(parseArgs(['scan', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'missing command "scan"'],
    [['crawl', 'x.com'], 'unknown command "crawl" (the command is "scan")'],
    [['scan'], 'missing the URL to scan'],
    [['scan', 'a.com', 'b.com'], 'one URL at a time (also got "b.com")'],
    [['scan', 'ftp://a.com'], '"ftp://a.com" is not an http or https URL'],
    [['scan', 'a.com', '--pages', '0'], '--pages needs a whole number from 1 to 1000, not "0"'],
    [
      ['scan', 'a.com', '--pages', 'many'],
      '--pages needs a whole number from 1 to 1000, not "many"',
    ],
    [
      ['scan', 'a.com', '--timeout', '1.5'],
      '--timeout needs a whole number from 100 to 600000, not "1.5"',
    ],
    [['scan', 'a.com', '--out'], '--out needs a value'],
    [['scan', 'a.com', '--out', '--check'], '--out needs a value'],
    [['scan', 'a.com', '--deep'], 'unknown option --deep'],
    [['scan', 'a.com', '--deep=1'], 'unknown option --deep'],
  ])('%j is an error: %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'error', message });
  });

  it('takes a bare host as https', () => {
    expect(normalizeUrl('shop.example/about')).toBe('https://shop.example/about');
    expect(normalizeUrl('http://localhost:3000')).toBe('http://localhost:3000/');
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('http://')).toBeNull();
  });
});

describe('chooseChromium', () => {
  const exists =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);

  it("prefers the option, then CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own", () => {
    const all = exists('/opt/a', '/opt/b', '/usr/bin/chromium', '/pw/chrome');
    expect(
      chooseChromium({ option: '/opt/a', env: '/opt/b', playwright: '/pw/chrome', exists: all }),
    ).toBe('/opt/a');
    expect(chooseChromium({ env: '/opt/b', playwright: '/pw/chrome', exists: all })).toBe('/opt/b');
    expect(chooseChromium({ playwright: '/pw/chrome', exists: all })).toBe('/usr/bin/chromium');
    expect(chooseChromium({ playwright: '/pw/chrome', exists: exists('/pw/chrome') })).toBe(
      '/pw/chrome',
    );
  });

  it('fails with the install hint when nothing is there, or the path asked for is missing', () => {
    expect(() => chooseChromium({ playwright: '/pw/chrome', exists: exists() })).toThrow(
      /no Chromium found[\s\S]*npm i -D playwright-core[\s\S]*npx playwright install chromium/,
    );
    expect(() => chooseChromium({ env: '/opt/b', exists: exists('/usr/bin/chromium') })).toThrow(
      'no Chromium at /opt/b (from CHROMIUM_PATH)',
    );
  });
});

describe('loadError', () => {
  it('says what went wrong in words', () => {
    const timeout = Object.assign(new Error('page.goto: Timeout 500ms exceeded.'), {
      name: 'TimeoutError',
    });
    expect(loadError(timeout, 'https://a.example/', 500)).toBe(
      'timed out after 500 ms loading https://a.example/',
    );
    expect(
      loadError(
        new Error('page.goto: net::ERR_NAME_NOT_RESOLVED at https://a.example/'),
        'https://a.example/',
        1,
      ),
    ).toBe(
      'could not reach https://a.example/: the host name does not resolve (ERR_NAME_NOT_RESOLVED)',
    );
    expect(loadError(new Error('net::ERR_FAILED'), 'https://a.example/', 1)).toBe(
      'could not reach https://a.example/: the page failed to load (ERR_FAILED)',
    );
  });
});
