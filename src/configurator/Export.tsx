import { categoryLabel } from './categoryLabel';
import { copyText, download } from './copyText';
import { Section } from './Section';
import { checklist, embedSnippet, SETTINGS_LINK } from './snippet';
import { announce, base, draft, exported, validation } from './store';

async function copy(text: string, what: string) {
  announce((await copyText(text)) ? `${what} copied` : `Could not copy: select the text and copy it by hand`);
}

function Code({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <pre class="code" id={id} tabIndex={0} aria-label={label}>
      <code>{text}</code>
    </pre>
  );
}

/** The config JSON, the embed snippet and the checklist of tags to mark. */
export function Export() {
  const config = exported.value;
  const json = JSON.stringify(config, null, 2) + '\n';
  const snippet = embedSnippet(config, base.value);
  const items = checklist(config);
  const invalid = !validation.value.config;
  return (
    <Section id="export" title="Export">
      {invalid && (
        <p class="notice bad">
          The config has errors (listed at the top). Exported as it is, the loader would refuse it and block every tracker.
        </p>
      )}
      <h3>Config JSON</h3>
      <div class="row wrap">
        <button type="button" class="btn primary" onClick={() => (download(json, 'portcullis.config.json'), announce('Config downloaded'))}>
          Download JSON
        </button>
        <button type="button" class="btn" onClick={() => copy(json, 'Config JSON')}>
          Copy JSON
        </button>
      </div>
      <Code id="export-json" label="Config JSON" text={json} />

      <h3>Embed snippet</h3>
      <div class="field inline-field">
        <label for="embed-base">Folder of the Portcullis files on your site</label>
        <input id="embed-base" value={base.value} onInput={(e) => (base.value = e.currentTarget.value)} aria-describedby="embed-base-hint" />
        <p class="hint" id="embed-base-hint">
          Copy <code>dist/</code> there. Paste the snippet first in <code>&lt;head&gt;</code>, before any tracker, without async or defer.
        </p>
      </div>
      <div class="row wrap">
        <button type="button" class="btn" onClick={() => copy(snippet, 'Snippet')}>
          Copy snippet
        </button>
      </div>
      <Code id="export-snippet" label="Embed snippet" text={snippet} />
      <p class="hint">
        A link anywhere on the site reopens the preference center: <code>{SETTINGS_LINK}</code>
      </p>

      <h3>Checklist: tags to mark</h3>
      {draft.value.autoBlock ? (
        <p class="notice ok">
          Auto-blocking is on: it holds the tags and requests that scripts and tag managers add for the hosts listed below. Tags written directly in your HTML
          should still be marked with <code>data-consent</code>, because the browser may request them before any script runs.
        </p>
      ) : (
        <p class="hint">
          Make each tag inert and name its vendor: <code>type="text/plain"</code> on scripts, <code>data-src</code> on images and iframes, and{' '}
          <code>data-consent="&lt;id&gt;"</code>.
        </p>
      )}
      {items.length == 0 && <p class="muted">No vendors yet.</p>}
      <ul class="checklist">
        {items.map((item, i) => (
          <li>
            <input type="checkbox" id={`check-${i}`} />
            <div>
              <label for={`check-${i}`}>
                <strong>{item.name}</strong> <span class="muted">({categoryLabel(config, item.category)})</span>
                {item.autoBlocked ? ' — covered by auto-blocking for tags added by script' : ''}
              </label>
              <p class="small">
                {item.hosts.length ? (
                  <>Tags loading from {item.hosts.map((h, j) => [j ? ', ' : '', <code>{h}</code>])}</>
                ) : (
                  'No hosts listed: find its tags (often an inline snippet) by hand.'
                )}
              </p>
              <code class="example">{item.example}</code>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
