import { useState } from 'preact/hooks';
import { DEFAULT_REGIMES, EEA, US_PRIVACY_STATES } from '../core/regions';
import type { Regime } from '../types';
import { fieldState, FieldMessages } from './FieldMessages';
import { SelectField } from './fields';
import { Section } from './Section';
import { announce, draft, edit } from './store';

const REGIMES: Regime[] = ['opt-in', 'opt-out', 'notice'];
const NAMES: Record<string, string> = {
  EU: 'EU and EEA countries',
  GB: 'United Kingdom',
  CH: 'Switzerland',
  US: 'United States (other states)',
  '*': 'Everywhere else, and unknown regions',
};
const STATES: Record<string, string> = {
  CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', IA: 'Iowa', IN: 'Indiana', KY: 'Kentucky',
  MD: 'Maryland', MN: 'Minnesota', MT: 'Montana', NE: 'Nebraska', NH: 'New Hampshire', NJ: 'New Jersey', OR: 'Oregon',
  RI: 'Rhode Island', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VA: 'Virginia',
};
const nameOf = (key: string) => NAMES[key] || (key.startsWith('US-') && STATES[key.slice(3)]) || '';

/** The draft's key for a region (keys are case-insensitive), or the region itself. */
const keyOf = (region: string) => Object.keys(draft.value.regimes || {}).find((k) => k.toUpperCase() == region) ?? region;

function Row({ region }: { region: string }) {
  const key = keyOf(region);
  const path = `regimes.${key}`;
  const s = fieldState(path, false);
  const fallback = DEFAULT_REGIMES[region];
  const value = draft.value.regimes?.[key] ?? fallback;
  return (
    <tr class={s.invalid ? 'invalid' : ''}>
      <th scope="row">
        <code>{region}</code> <span class="muted small">{nameOf(region)}</span>
      </th>
      <td>{fallback || <span class="muted">—</span>}</td>
      <td>
        <select
          id={s.id}
          aria-label={`Regime for ${region}`}
          aria-invalid={s.invalid || undefined}
          aria-describedby={s.describedBy}
          onChange={(e) => edit(path, e.currentTarget.value == fallback ? undefined : e.currentTarget.value)}
        >
          {(REGIMES.includes(value) ? REGIMES : [...REGIMES, value]).map((r) => (
            <option value={r} selected={r == value}>
              {r}
              {r == fallback ? ' (default)' : ''}
            </option>
          ))}
        </select>
        {!fallback && (
          <button type="button" class="btn ghost small" aria-label={`Remove ${region}`} onClick={() => edit(path, undefined)}>
            Remove
          </button>
        )}
        <FieldMessages state={s} />
      </td>
    </tr>
  );
}

function Table({ regions, caption }: { regions: string[]; caption: string }) {
  return (
    <table class="regimes">
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Region</th>
          <th scope="col">Default</th>
          <th scope="col">Regime</th>
        </tr>
      </thead>
      <tbody>
        {regions.map((r) => (
          <Row region={r} />
        ))}
      </tbody>
    </table>
  );
}

/** Regime per region: the default table with the draft's overrides, extra regions, or one regime for everyone. */
export function RegimeTable() {
  const [region, setRegion] = useState('');
  const states = US_PRIVACY_STATES.map((s) => 'US-' + s);
  const custom = Object.keys(draft.value.regimes || {})
    .map((k) => k.toUpperCase())
    .filter((k) => !(k in DEFAULT_REGIMES));
  const code = region.trim().toUpperCase();
  return (
    <Section id="regions" title="Regions" lead="Which regime applies where. The visitor's region comes from data-region on the loader tag (for example from your CDN's geolocation header); unknown regions get the safest, opt-in.">
      <SelectField
        path="regime"
        label="Regime"
        options={[['', 'By region (the table below)'], ...REGIMES.map((r) => [r, `${r} for every visitor`] as const)]}
      />
      <Table regions={['EU', 'GB', 'CH', 'US', ...custom, '*']} caption="Regime per region" />
      <p class="hint">EU covers {EEA.join(' ')}.</p>
      <details>
        <summary>US states with comprehensive privacy laws ({states.length})</summary>
        <p class="hint">They stay opt-out even when you map US to something else.</p>
        <Table regions={states} caption="Regime per US state" />
      </details>
      <form
        class="add-row"
        onSubmit={(e) => {
          e.preventDefault();
          edit(`regimes.${code}`, 'opt-in');
          setRegion('');
          announce(`Added ${code}`);
        }}
      >
        <div class="field">
          <label for="new-region">Add a region (ISO 3166 code)</label>
          <input id="new-region" value={region} placeholder="e.g. BR or CA-QC" onInput={(e) => setRegion(e.currentTarget.value)} />
        </div>
        <button type="submit" class="btn" disabled={!code || code in DEFAULT_REGIMES || custom.includes(code)}>
          Add region
        </button>
      </form>
    </Section>
  );
}
