import type { ConsentModeOptions } from '../types';
import { CheckField, NumberField, SelectField, TextField } from './fields';
import { Section } from './Section';
import { draft, edit } from './store';

const POLICY = [
  ['', 'Honor (default)'],
  ['ignore', 'Ignore'],
] as const;

/** Sets one Consent Mode option; with none left, Consent Mode stays on as `true`. */
function setConsentMode(key: keyof ConsentModeOptions, value: unknown) {
  const gcm = draft.value.googleConsentMode;
  const next: Record<string, unknown> = { ...(typeof gcm == 'object' ? gcm : {}), [key]: value };
  if (value === undefined) delete next[key];
  edit('googleConsentMode', Object.keys(next).length ? next : true);
}

/** Browser signals, the choice cookie, Google Consent Mode and auto-blocking. */
export function SignalsCookieConsentMode() {
  const gcm = draft.value.googleConsentMode;
  const options = typeof gcm == 'object' && gcm ? gcm : {};
  return (
    <Section id="privacy" title="Signals, cookie and Consent Mode">
      <h3>Browser signals</h3>
      <p class="hint">An honored signal turns off every sale/sharing category and wins over a stored “accept”. California and Colorado require honoring GPC.</p>
      <div class="grid2">
        <SelectField path="signals.gpc" label="Global Privacy Control" options={POLICY} />
        <SelectField path="signals.dnt" label="Do Not Track" options={POLICY} />
      </div>
      <h3>Choice cookie</h3>
      <div class="grid3">
        <TextField path="cookie.name" label="Name" placeholder="portcullis" />
        <TextField path="cookie.domain" label="Domain" placeholder="this host" hint="example.com shares the choice with its subdomains." />
        <NumberField path="cookie.maxAgeDays" label="Lifetime (days)" min={1} max={395} placeholder="180" hint="At most 395 days (13 months); longer is capped." />
      </div>
      <h3>Google Consent Mode v2</h3>
      <CheckField
        path="googleConsentMode"
        label="Write Consent Mode default and update commands"
        hint="Before any Google tag runs; analytics → analytics_storage, advertising → ad_storage, ad_user_data, ad_personalization."
        value={!!gcm}
        onChange={(on) => edit('googleConsentMode', on ? true : undefined)}
      />
      {!!gcm && (
        <fieldset class="sub">
          <legend>Consent Mode options</legend>
          <NumberField
            path="googleConsentMode.waitForUpdate"
            label="Wait for an update (ms)"
            min={0}
            max={60000}
            placeholder="500"
            value={options.waitForUpdate}
            onChange={(v) => setConsentMode('waitForUpdate', v)}
          />
          <CheckField
            path="googleConsentMode.adsDataRedaction"
            label="Redact ad click ids while ad storage is denied (ads_data_redaction)"
            value={options.adsDataRedaction}
            onChange={(v) => setConsentMode('adsDataRedaction', v)}
          />
          <CheckField
            path="googleConsentMode.urlPassthrough"
            label="Pass click ids through links while storage is denied (url_passthrough)"
            value={options.urlPassthrough}
            onChange={(v) => setConsentMode('urlPassthrough', v)}
          />
        </fieldset>
      )}
      <h3>Automatic blocking</h3>
      <CheckField
        path="autoBlock"
        label="Block unmarked tags from the vendors' hosts until they are allowed"
        hint="For tags added by tag managers and plugins. Tags written in your HTML should still be marked: the browser may request them before any script runs."
      />
    </Section>
  );
}
