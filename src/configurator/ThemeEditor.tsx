import { formatRatio, toHex } from './contrast';
import { FieldMessages, fieldState } from './FieldMessages';
import { TextField } from './fields';
import { Section } from './Section';
import { draft, edit } from './store';
import { checkContrast, effectiveColors, themeValue, THEME_COLORS, warningsFor, type ColorKey, type ContrastCheck } from './themeChecks';

/** Writes a theme color, dropping a `--portcullis-` prefixed duplicate. */
function setColor(key: string, value: string | undefined) {
  if (draft.value.theme?.['--portcullis-' + key] !== undefined) edit(`theme.--portcullis-${key}`, undefined);
  edit(`theme.${key}`, value);
}

function ColorRow({ k, label, checks }: { k: ColorKey; label: string; checks: ContrastCheck[] }) {
  const theme = draft.value.theme;
  const value = themeValue(theme, k);
  const shown = effectiveColors(theme, 'light')[k];
  const placeholder = k == 'link' && !value ? 'as buttons' : shown;
  const s = fieldState(`theme.${k}`, false);
  const failing = warningsFor(theme, checks, k);
  const warnId = s.id + '-contrast';
  const describedBy = [s.describedBy, failing.length && warnId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`color-row ${failing.length ? 'low' : ''} ${s.invalid ? 'invalid' : ''}`}>
      <label for={s.id}>{label}</label>
      <input
        type="color"
        aria-label={`${label}: pick a color`}
        value={toHex(value || '') || toHex(shown) || '#000000'}
        onInput={(e) => setColor(k, e.currentTarget.value)}
      />
      <input
        id={s.id}
        class="mono"
        value={value || ''}
        placeholder={placeholder}
        spellcheck={false}
        aria-invalid={s.invalid || undefined}
        aria-describedby={describedBy}
        onInput={(e) => setColor(k, e.currentTarget.value || undefined)}
      />
      <button type="button" class="btn ghost small" disabled={!value} aria-label={`Reset ${label} to the default`} onClick={() => setColor(k, undefined)}>
        Default
      </button>
      <div class="color-notes">
        <FieldMessages state={s} />
        {failing.length > 0 && (
          <ul class="contrast-warn" id={warnId}>
            {failing.map((text) => (
              <li>
                <span class="tag">Low contrast</span> {text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/**
 * Theme colors with a live WCAG contrast check in both color schemes (the theme applies to
 * both): text pairs need 4.5:1 (WCAG 1.4.3), borders and controls 3:1 (1.4.11).
 */
export function ThemeEditor() {
  const checks = checkContrast(draft.value.theme);
  const low = checks.filter((c) => !c.ok).length;
  return (
    <Section id="theme" title="Theme" lead="Colors apply in light and dark mode alike; empty fields keep the UI's defaults, which meet WCAG AA in both.">
      <div class="colors">
        {THEME_COLORS.map((c) => (
          <ColorRow k={c.key} label={c.label} checks={checks} />
        ))}
      </div>
      <div class="grid2">
        <TextField path="theme.radius" label="Corner radius" placeholder="12px" />
        <TextField path="theme.font" label="Font" placeholder="system-ui, sans-serif" />
      </div>
      <details class="contrast-table">
        <summary>Contrast of every pair {low ? `(${low} too low)` : '(all pass)'}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Light</th>
              <th scope="col">Dark</th>
              <th scope="col">Needs</th>
            </tr>
          </thead>
          <tbody>
            {checks
              .filter((c) => c.scheme == 'light')
              .map((light) => {
                const dark = checks.find((c) => c.scheme == 'dark' && c.pair == light.pair)!;
                const cell = (c: ContrastCheck) => (
                  <td class={c.ok ? 'pass' : 'fail'}>{c.ratio == null ? 'cannot check' : `${formatRatio(c.ratio)} ${c.ok ? '✓' : '✗ too low'}`}</td>
                );
                return (
                  <tr>
                    <th scope="row">{light.pair.name}</th>
                    {cell(light)}
                    {cell(dark)}
                    <td>{light.pair.min}:1</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </details>
    </Section>
  );
}
