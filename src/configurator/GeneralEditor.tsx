import { CheckField, SelectField, TextField } from './fields';
import { Section } from './Section';
import { LANGUAGE_NAMES, LANGUAGES } from './translations';

/** Policy version, privacy policy link, UI language and UI options. */
export function GeneralEditor() {
  return (
    <Section id="general" title="General">
      <div class="grid2">
        <TextField path="policyVersion" label="Policy version" hint="Change it whenever your notice changes: every visitor is asked again." placeholder="2026-01" />
        <TextField path="privacyPolicyUrl" label="Privacy policy link" type="url" hint="Shown in the banner and the preference center." placeholder="/privacy" />
        <SelectField
          path="language"
          label="Banner language"
          hint="Leave on automatic to follow the page's lang attribute, then the browser."
          options={[['', 'Automatic'], ...LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l]] as const)]}
        />
        <SelectField
          path="ui.optOutLinkText"
          label="US opt-out wording"
          hint="What the opt-out choice is called in US states (CCPA §7013, §7015)."
          options={[
            ['', 'Do Not Sell or Share My Personal Information'],
            ['your-privacy-choices', 'Your Privacy Choices'],
          ]}
        />
      </div>
      <CheckField path="ui.reopenButton" label="Show a floating button that reopens the preference center" />
      <CheckField path="reloadOnWithdraw" label="Reload the page once when a visitor withdraws consent" hint="Stops code that already ran; cookies of withdrawn vendors are deleted either way." />
    </Section>
  );
}
