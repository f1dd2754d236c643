import { Buttons, type Choice } from './Buttons';
import { RichText } from './RichText';
import { honoredSignal, type View } from './view';

/**
 * The first layer: a non-modal region after the page content that never takes focus.
 * - opt-in: Accept all, Reject all and Manage preferences, equal in size and weight, nothing
 *   pre-selected; scrolling or clicking elsewhere is not consent (EDPB Guidelines 05/2020 §86).
 * - opt-out: "Do Not Sell or Share My Personal Information" opts out in one step (§7026(a));
 *   with the "Your Privacy Choices" wording (§7015) that button opens the choices instead.
 *   An honored GPC/DNT signal is reported rather than asked about (§7025(c)(6)).
 * - notice: informational, with a dismiss.
 */
export function Banner({ v }: { v: View }) {
  const { t, act, state } = v;
  const signal = state.regime == 'opt-out' && honoredSignal(v);
  let text = t('text');
  let choices: Choice[] = [
    [t('acceptAll'), act.acceptAll],
    [t('rejectAll'), act.rejectAll],
    [t('manage'), act.manage],
  ];
  if (state.regime == 'notice') {
    text = t('noticeText');
    choices = [[t('dismiss'), act.dismiss]];
  } else if (state.regime == 'opt-out') {
    text = signal ? t('honoredText', { signal }) : t('optOutText');
    choices = [
      [t('manageChoices'), act.manage],
      [t('dismiss'), act.dismiss],
    ];
    if (!signal && v.config.ui?.optOutLinkText == 'your-privacy-choices') choices[0] = [t('choices'), act.manage];
    else if (!signal) choices.unshift([t('doNotSell'), act.optOut]);
  }
  const policy = v.config.privacyPolicyUrl;
  return (
    <section class="banner" aria-labelledby="pc-banner">
      <h2 id="pc-banner">{t(state.regime == 'opt-out' ? 'optOutTitle' : 'title')}</h2>
      {signal && <p class="badge">{t('honored')}</p>}
      <p class="text">
        <RichText text={text} />
        {policy && (
          <>
            {' '}
            <a href={policy}>{t('policy')}</a>
          </>
        )}
      </p>
      <Buttons choices={choices} />
    </section>
  );
}
