import type { View } from './view';

/**
 * The optional floating "Your Privacy Choices" button (`ui.reopenButton`) that reopens the
 * preference center, so withdrawing is as easy as consenting (GDPR Art. 7(3); EDPB cookie
 * banner taskforce 2023).
 */
export function ReopenButton({ v }: { v: View }) {
  const label = v.t('choices');
  return (
    <button type="button" class="reopen" aria-label={label} title={label} onClick={v.act.manage}>
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
        <path d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5zm-3.5 10 2.5 2.5 4.5-5" />
      </svg>
    </button>
  );
}
