import { ask } from './ConfirmDialog';
import { announce, draft, preview, setPreview, stored, unknownHosts } from './store';
import { template } from './templates';
import { LANGUAGE_NAMES, LANGUAGES } from './translations';

/** The editor's parts, for the page navigation. */
export const SECTIONS = [
  ['start', 'Start'],
  ['general', 'General'],
  ['trackers', 'Trackers'],
  ['categories', 'Categories'],
  ['translations', 'Translations'],
  ['regions', 'Regions'],
  ['privacy', 'Signals & cookie'],
  ['theme', 'Theme'],
  ['export', 'Export'],
] as const;

/** Reset asks first: the draft exists nowhere but in this browser. */
async function reset() {
  if (!(await ask('Discard the draft?', 'This empties every field. The draft is only kept in this browser, so export it first if you need it.', 'Discard draft'))) return;
  draft.value = template('empty');
  unknownHosts.value = [];
  announce('Draft discarded; started empty');
}

/** Title bar: the working language, whether the draft is saved, reset, and the page navigation. */
export function Header() {
  return (
    <header class="top">
      <div class="bar">
        <h1>
          <span class="logo" aria-hidden="true">
            ▦
          </span>{' '}
          Portcullis <span class="sub">configurator</span>
        </h1>
        <div class="tools">
          <div class="inline">
            <label for="language">Language</label>
            <select
              id="language"
              aria-describedby="language-hint"
              value={preview.value.language}
              onChange={(e) => setPreview({ language: e.currentTarget.value })}
            >
              {LANGUAGES.map((l) => (
                <option value={l} selected={l == preview.value.language}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
          <span id="language-hint" class="sr-only">
            Category texts are edited and previewed in this language.
          </span>
          <span class={`saved ${stored.value ? '' : 'failed'}`} role="status">
            {stored.value ? 'Draft saved in this browser' : 'Could not save the draft: browser storage is blocked or full'}
          </span>
          <button type="button" class="btn ghost" onClick={reset}>
            Reset…
          </button>
        </div>
      </div>
      <nav aria-label="Sections">
        <ul>
          {SECTIONS.map(([id, name]) => (
            <li>
              <a href={'#' + id}>{name}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
