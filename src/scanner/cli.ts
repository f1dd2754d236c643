/// <reference types="node" />
/**
 * `portcullis scan <url>`: the command-line entry (`dist/cli.js`). Exit codes: 0 done,
 * 1 `--check` failed, 2 bad arguments or an environment problem (no Chromium, the site
 * unreachable or too slow).
 */
import { writeFileSync } from 'node:fs';
import { validate } from '../core/validate';
import { USAGE, parseArgs, type ScanOptions } from './args';
import { launch } from './browser';
import { crawl, type CrawlEvents } from './crawl';
import { ScanError } from './errors';
import { checkText, plural, progressLine, reportText } from './format';
import { buildReport } from './report';
import type { PageRecord } from './types';

const counts = (p: PageRecord['before']) =>
  `${plural(p.requests.length, 'third-party request')}, ${plural(p.cookies.length, 'cookie')}`;

/** Progress on stdout: one line rewritten in place on a terminal, one plain line per page otherwise. */
function progress(options: ScanOptions, out: NodeJS.WriteStream): CrawlEvents & { end(): void } {
  if (out.isTTY)
    return {
      pass: (n, url, phase) => out.write('\r\x1b[K' + progressLine(n, options.pages, url, phase)),
      end: () => out.write('\r\x1b[K'),
    };
  return {
    page(n, page) {
      const what =
        page.error && page.status == null
          ? page.error
          : `before consent: ${counts(page.before)}` +
            (page.after ? `; after: ${counts(page.after)}` : '');
      out.write(`[${n}/${options.pages}] ${page.url} - ${what}\n`);
    },
    end() {},
  };
}

function writeJson(file: string, value: unknown): void {
  try {
    writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
  } catch (e) {
    throw new ScanError(`could not write ${file}: ${(e as Error).message}`);
  }
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const cmd = parseArgs(argv);
  if (cmd.kind == 'help') return (console.log(USAGE), 0);
  if (cmd.kind == 'version') return (console.log(__VERSION__), 0);
  if (cmd.kind == 'error') {
    console.error(`portcullis: ${cmd.message}\nRun "portcullis scan --help" for the options.`);
    return 2;
  }
  const options = cmd.options;
  const started = new Date();
  try {
    const browser = await launch(options);
    const events = progress(options, process.stdout);
    let pages: PageRecord[];
    try {
      pages = await crawl(browser, options, events);
    } finally {
      events.end();
      await browser.close().catch(() => undefined);
    }
    const report = buildReport(options.url, pages, started);
    const { errors } = validate(report.config);
    if (errors.length)
      console.error(`portcullis: the draft config does not validate: ${errors.join('; ')}`);
    console.log(reportText(report, options.check));
    const files: string[] = [];
    if (options.out) {
      writeJson(options.out, report.config);
      files.push(`Draft config (${report.config.vendors!.length} vendors): ${options.out}`);
    }
    if (options.report) {
      writeJson(options.report, report);
      files.push(`Report: ${options.report}`);
    }
    if (files.length) console.log('\n' + files.join('\n'));
    if (!options.check) return 0;
    console.log('\n' + checkText(report));
    return report.violations.length ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    console.error(`portcullis: ${e.message}`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error('portcullis: unexpected error:', e);
    process.exitCode = 2;
  },
);
