import { optedOut, saleIds } from './draft';
import { Switch } from './Switch';
import { honoredSignal, type View } from './view';

/**
 * The "Do Not Sell or Share My Personal Information" switch of opt-out regions: it turns
 * every sale/sharing category off or on (11 CCR §7026(a)(4): the choices must cover sale
 * and sharing, not only cookies). When GPC or DNT was honored it stays on, with "Opt-Out
 * Request Honored" (§7025(c)(6)) and what the visitor can do.
 */
export function SaleOptOut({ v }: { v: View }) {
  const { t, config } = v;
  const ids = saleIds(config);
  const signal = honoredSignal(v);
  return (
    ids.length > 0 && (
      <div class="sale">
        <Switch
          id="c-sale"
          label={t('doNotSell')}
          on={!!signal || optedOut(config, v.draft)}
          locked={!!signal}
          onToggle={v.act.toggleSale}
        />
        {signal && <p class="badge">{t('honored')}</p>}
        <p class="muted" id="d-c-sale">
          {signal
            ? `${t('honoredText', { signal })} ${t('honoredHelp', { signal })}`
            : t('saleText', { list: ids.map(v.label).join(', ') })}
        </p>
      </div>
    )
  );
}
