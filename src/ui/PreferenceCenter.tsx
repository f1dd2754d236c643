import css from '../../styles/preferences.css?inline';
import { adoptStyles } from './adoptStyles';
import { Buttons } from './Buttons';
import { Category } from './Category';
import { RichText } from './RichText';
import { SaleOptOut } from './SaleOptOut';
import { trapFocus } from './trapFocus';
import type { View } from './view';

// Opens once when rendered; the title takes focus because the content is long (APG dialog).
const open = (d: HTMLDialogElement | null) => {
  if (d && !d.open) {
    const root = d.getRootNode() as ShadowRoot;
    adoptStyles(root, css, '', root.querySelector('style')?.nonce || '');
    d.showModal();
    d.querySelector('h2')!.focus();
  }
};

/**
 * The preference center: a native modal `<dialog>` (labelled, background inert, Escape closes,
 * Tab wraps), one switch per category with its vendors and cookies, the "Do Not Sell or
 * Share" switch in opt-out regions, and Accept all / Reject all / Save choices, all equal.
 */
export function PreferenceCenter({ v }: { v: View }) {
  const { t, act, config } = v;
  return (
    <dialog
      ref={open}
      aria-labelledby="pc-title"
      onKeyDown={trapFocus}
      // Escape closes the dialog natively; this keeps the UI's state in step.
      onClose={act.closePrefs}
    >
      <div class="head row">
        <h2 id="pc-title" tabIndex={-1}>
          {t('prefsTitle')}
        </h2>
        <button type="button" class="x" aria-label={t('close')} onClick={act.closePrefs}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" />
          </svg>
        </button>
      </div>
      <div class="body">
        <p class="text muted">
          <RichText text={t('prefsText')} />
          {config.privacyPolicyUrl && (
            <>
              {' '}
              <a href={config.privacyPolicyUrl}>{t('policy')}</a>
            </>
          )}
        </p>
        {v.state.regime == 'opt-out' && <SaleOptOut v={v} />}
        {config.categories.map((c) => (
          <Category v={v} id={c.id} />
        ))}
      </div>
      <Buttons
        class="foot"
        choices={[
          [t('acceptAll'), act.acceptAll],
          [t('rejectAll'), act.rejectAll],
          [t('save'), act.save],
        ]}
      />
    </dialog>
  );
}
