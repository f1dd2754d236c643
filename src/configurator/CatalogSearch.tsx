import { useState } from 'preact/hooks';
import { searchCatalog, toVendor, type CatalogEntry } from '../catalog';
import { categoryLabel } from './categoryLabel';
import { announce, draft } from './store';
import { withVendors } from './vendors';

const SHOWN = 8;

function add(entry: CatalogEntry) {
  const { config, added } = withVendors(draft.value, [toVendor(entry)]);
  if (!added.length) return;
  draft.value = config;
  announce(`Added ${entry.name} as ${categoryLabel(config, entry.category)}`);
}

/** Search the tracker catalog by name, id or host and add entries to the draft. */
export function CatalogSearch() {
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  const results = searchCatalog(query);
  const shown = all ? results : results.slice(0, SHOWN);
  const listed = new Set((draft.value.vendors || []).map((v) => v.id));
  return (
    <div class="catalog">
      <div class="field">
        <label for="catalog-search">Search the tracker catalog</label>
        <input
          id="catalog-search"
          type="search"
          value={query}
          placeholder="Name or host, e.g. analytics, hotjar.com"
          aria-describedby="catalog-count"
          autocomplete="off"
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setAll(false);
          }}
        />
        <p class="hint" id="catalog-count" aria-live="polite">
          {results.length ? `${results.length} of ${searchCatalog('').length} trackers match` : 'No tracker matches; add it as a custom vendor below.'}
        </p>
      </div>
      <ul class="results" aria-label="Catalog results">
        {shown.map((e) => {
          const has = listed.has(e.id);
          return (
            <li>
              <div class="result-main">
                <strong>{e.name}</strong> <span class={`chip cat-${e.category}`}>{categoryLabel(draft.value, e.category)}</span>
                <span class="muted small">{e.hosts.length ? e.hosts.slice(0, 3).join(', ') + (e.hosts.length > 3 ? ` +${e.hosts.length - 3}` : '') : 'no hosts (installed from the site bundle)'}</span>
              </div>
              <button
                type="button"
                class={`btn small ${has ? 'done' : ''}`}
                aria-disabled={has || undefined}
                aria-label={has ? `${e.name} added` : `Add ${e.name}`}
                onClick={() => !has && add(e)}
              >
                {has ? 'Added' : 'Add'}
              </button>
            </li>
          );
        })}
      </ul>
      {results.length > shown.length && (
        <button type="button" class="btn ghost small" onClick={() => setAll(true)}>
          Show all {results.length}
        </button>
      )}
    </div>
  );
}
