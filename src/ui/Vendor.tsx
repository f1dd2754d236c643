import type { CookieDetail, VendorConfig } from '../types';
import { isLocked } from './draft';
import { Switch } from './Switch';
import type { View } from './view';

const COLUMNS = ['name', 'purpose', 'duration', 'domain'] as const;

/** A vendor inside its category: name, switch, purpose, policy link and cookie table. */
export function Vendor({ v, vendor }: { v: View; vendor: VendorConfig }) {
  const { t } = v;
  const id = 'v-' + vendor.id;
  const cookies: CookieDetail[] = (vendor.cookies || []).map((c) => (typeof c == 'string' ? { name: c } : c));
  // Only the columns some cookie fills, so the table fits narrow screens.
  const columns = COLUMNS.filter((k) => cookies.some((c) => c[k]));
  return (
    <li class="vendor">
      <Switch
        id={id}
        label={vendor.name}
        level="h4"
        on={!!v.draft[vendor.id]}
        locked={isLocked(v.config, v.state, vendor.id)}
        onToggle={(on) => v.act.toggle(vendor.id, on)}
      />
      <p class="muted" id={'d-' + id}>
        {vendor.purpose}
      </p>
      {vendor.policyUrl && (
        <a href={vendor.policyUrl} aria-describedby={id}>
          {t('policy')}
        </a>
      )}
      {cookies.length > 0 && (
        <table>
          <tr>
            {columns.map((k) => (
              <th scope="col">{t(k == 'name' ? 'cookie' : k)}</th>
            ))}
          </tr>
          {cookies.map((c) => (
            <tr>
              {columns.map((k) => (
                <td>{c[k] || '–'}</td>
              ))}
            </tr>
          ))}
        </table>
      )}
    </li>
  );
}
