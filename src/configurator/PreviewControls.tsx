import type { Regime } from '../types';
import type { PreviewOptions } from './previewDoc';
import { draft, preview, setPreview } from './store';

const REGIONS: Array<[string, string]> = [
  ['DE', 'Germany (EU)'],
  ['FR', 'France (EU)'],
  ['GB', 'United Kingdom'],
  ['US-CA', 'California'],
  ['US-NY', 'New York'],
  ['BR', 'Brazil'],
  ['', 'Unknown region'],
];

function Radios<T extends string | number>(props: { legend: string; name: string; value: T; options: Array<[T, string]>; onChange(v: T): void }) {
  return (
    <fieldset class="control segmented">
      <legend>{props.legend}</legend>
      <div>
        {props.options.map(([v, label]) => (
          <label>
            <input type="radio" name={props.name} checked={v == props.value} onChange={() => props.onChange(v)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** What the preview shows: region or regime, color scheme, width, a GPC browser; and the two views. */
export function PreviewControls(props: { regime: Regime; onBanner(): void; onPreferences(): void }) {
  const o = preview.value;
  const custom = Object.keys(draft.value.regimes || {})
    .map((k) => k.toUpperCase())
    .filter((k) => k != '*' && !REGIONS.some(([r]) => r == k));
  return (
    <div class="preview-controls">
      <div class="control">
        <label for="preview-region">Region</label>
        <select id="preview-region" onChange={(e) => setPreview({ region: e.currentTarget.value })}>
          {[...REGIONS, ...custom.map((r): [string, string] => [r, r])].map(([r, name]) => (
            <option value={r} selected={r == o.region}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div class="control">
        <label for="preview-regime">Regime</label>
        <select id="preview-regime" onChange={(e) => setPreview({ regime: e.currentTarget.value as PreviewOptions['regime'] })}>
          <option value="" selected={!o.regime}>
            From region{o.regime ? '' : ` (${props.regime})`}
          </option>
          {(['opt-in', 'opt-out', 'notice'] as const).map((r) => (
            <option value={r} selected={r == o.regime}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <Radios legend="Colors" name="scheme" value={o.scheme} options={[['light', 'Light'], ['dark', 'Dark']]} onChange={(scheme) => setPreview({ scheme })} />
      <Radios
        legend="Width"
        name="width"
        value={o.width}
        options={[[1280, '1280 px'], [768, '768 px'], [375, '375 px']]}
        onChange={(width) => setPreview({ width })}
      />
      <label class="inline check wide">
        <input type="checkbox" checked={o.gpc} onChange={(e) => setPreview({ gpc: e.currentTarget.checked })} />
        <span>Simulate a browser that sends Global Privacy Control</span>
      </label>
      <div class="row wrap wide">
        <button type="button" class="btn small" onClick={props.onBanner}>
          Show the banner
        </button>
        <button type="button" class="btn small" onClick={props.onPreferences}>
          Open the preference center
        </button>
      </div>
    </div>
  );
}
