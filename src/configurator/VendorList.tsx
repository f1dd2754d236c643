import { CatalogSearch } from './CatalogSearch';
import { fieldId } from './paths';
import { Section } from './Section';
import { announce, draft, unknownHosts } from './store';
import { VendorEditor } from './VendorEditor';
import { customVendor } from './vendors';

const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus());

function addCustom(host?: string) {
  const config = draft.value;
  const vendor = customVendor(config, host);
  const vendors = [...(config.vendors || []), vendor];
  draft.value = { ...config, vendors };
  if (host) unknownHosts.value = unknownHosts.value.filter((h) => h != host);
  announce(`Added custom vendor ${vendor.name}`);
  focusLater(fieldId(`vendors[${vendors.length - 1}].name`));
}

function remove(index: number) {
  const vendors = [...(draft.value.vendors || [])];
  const [gone] = vendors.splice(index, 1);
  draft.value = { ...draft.value, vendors };
  announce(`Removed ${gone?.name || gone?.id}`);
  focusLater('vendors-title');
}

/** The Trackers section: catalog search, hosts a scan could not name, and the draft's vendors. */
export function VendorList() {
  const vendors = Array.isArray(draft.value.vendors) ? draft.value.vendors : [];
  return (
    <Section id="trackers" title="Trackers" lead="Add the trackers your site runs. Each vendor's id can mark its tags (data-consent), and its cookies are deleted when consent is withdrawn.">
      <CatalogSearch />
      {unknownHosts.value.length > 0 && (
        <div class="notice warn">
          <h3>Hosts from the scan that the catalog does not know</h3>
          <ul class="hosts">
            {unknownHosts.value.map((h) => (
              <li>
                <code>{h}</code>
                <button type="button" class="btn small" onClick={() => addCustom(h)} aria-label={`Add ${h} as a custom vendor`}>
                  Add as custom vendor
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3 id="vendors-title" tabIndex={-1}>
        On this site ({vendors.length})
      </h3>
      {vendors.length == 0 && <p class="muted">No vendors yet. Search the catalog above, or add a custom vendor.</p>}
      {vendors.map((v, i) => (
        <VendorEditor key={i} vendor={v} index={i} onRemove={() => remove(i)} />
      ))}
      <button type="button" class="btn" onClick={() => addCustom()}>
        + Add a custom vendor
      </button>
    </Section>
  );
}
