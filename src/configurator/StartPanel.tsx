import { useState } from 'preact/hooks';
import type { PortcullisConfig } from '../types';
import { ask } from './ConfirmDialog';
import { readImport } from './importer';
import { Section } from './Section';
import { announce, draft, exported, unknownHosts } from './store';
import { TEMPLATES } from './templates';

const plural = (n: number, word: string) => `${n} ${word}${n == 1 ? '' : 's'}`;

/** Whether the draft holds nothing worth asking about: no vendors and nothing but a policy version. */
const pristine = () => Object.keys(exported.value).every((k) => k == 'policyVersion');

async function replace(config: PortcullisConfig, what: string): Promise<boolean> {
  if (!pristine() && !(await ask(`Replace the draft with ${what}?`, 'Everything in the current draft is replaced.', 'Replace draft'))) return false;
  draft.value = config;
  unknownHosts.value = [];
  return true;
}

/** Where a draft starts: a template, a config to edit, or a scan report whose vendors are added. */
export function StartPanel() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const importText = async (input: string) => {
    const r = readImport(input, draft.value);
    if (!r.ok) return setResult({ ok: false, lines: [r.error] });
    let lines: string[];
    if (r.kind == 'config') {
      if (!(await replace(r.config, 'the imported config'))) return;
      lines = [`Imported a config with ${plural(r.config.vendors?.length || 0, 'vendor')}.`];
    } else {
      draft.value = r.config;
      unknownHosts.value = [...new Set([...unknownHosts.value, ...r.unknownHosts])];
      lines = [
        `Scan report: ${plural(r.added.length, 'vendor')} added${r.present.length ? `, ${r.present.length} already listed` : ''}.`,
        ...(r.unknownHosts.length ? [`${plural(r.unknownHosts.length, 'host')} not in the catalog: see Trackers.`] : []),
      ];
    }
    lines.push(...r.notes);
    setResult({ ok: true, lines });
    setText('');
    announce(lines[0]);
  };

  return (
    <Section id="start" title="Start" lead="Begin from a template, or import a config you have or a scan report from the scanner CLI.">
      <div class="templates" role="group" aria-label="Templates">
        {TEMPLATES.map((t) => (
          <button
            type="button"
            class="template"
            onClick={async () => (await replace(t.build(), `the ${t.name} template`)) && announce(`Started from the ${t.name} template`)}
          >
            <strong>{t.name}</strong>
            <span>{t.description}</span>
          </button>
        ))}
      </div>
      <h3>Import</h3>
      <div class="import">
        <div class="field">
          <label for="import-text">Paste a config or a scan report (JSON)</label>
          <textarea id="import-text" rows={4} spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-describedby="import-hint" />
          <p class="hint" id="import-hint">
            A config replaces the draft. A scan report (<code>--report</code>) adds the vendors it found to the draft.
          </p>
        </div>
        <div class="import-actions">
          <button type="button" class="btn primary" disabled={!text.trim()} onClick={() => importText(text)}>
            Import
          </button>
          <label class="btn file">
            Choose a file…
            <input
              type="file"
              accept=".json,application/json"
              class="sr-only"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) await importText(await file.text());
              }}
            />
          </label>
        </div>
      </div>
      {result && (
        <div class={`notice ${result.ok ? 'ok' : 'bad'}`} id="import-result">
          {result.lines.map((l) => (
            <p>{l}</p>
          ))}
        </div>
      )}
    </Section>
  );
}
