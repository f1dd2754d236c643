import { categoryLabel } from './categoryLabel';
import { categoryTextPath, setCategoryText } from './categoryText';
import { fieldState } from './FieldMessages';
import { Section } from './Section';
import { draft } from './store';
import { isRtl, LANGUAGE_NAMES, LANGUAGES, textStatus, type TextField } from './translations';
import { categoryIds } from './vendors';

function Cell({ id, field, lang }: { id: string; field: TextField; lang: string }) {
  const s = textStatus(draft.value, id, field, lang);
  const f = fieldState(categoryTextPath(id, field, lang), false);
  const name = `${categoryLabel(draft.value, id)} ${field} in ${LANGUAGE_NAMES[lang]}${s.missing ? ' (missing)' : ''}`;
  const props = {
    id: f.id,
    value: s.own,
    placeholder: s.fallback,
    lang,
    dir: isRtl(lang) ? ('rtl' as const) : ('ltr' as const),
    'aria-label': name,
    'aria-invalid': f.invalid || undefined,
    title: f.list.map((i) => i.message).join('\n') || undefined,
    onInput: (e: Event) => setCategoryText(id, field, lang, (e.currentTarget as HTMLInputElement).value || undefined),
  };
  return (
    <td class={s.missing ? 'missing' : ''}>
      {field == 'label' ? <input {...props} /> : <textarea rows={3} {...props} />}
      {s.missing && (
        <span class="badge" aria-hidden="true">
          missing
        </span>
      )}
    </td>
  );
}

/**
 * Every category text in every built-in language side by side. A highlighted cell is a
 * missing translation: visitors reading that language would see another language's text,
 * the bare id, or nothing. Placeholders show what they see now.
 */
export function TranslationsGrid() {
  const ids = categoryIds(draft.value);
  const missing = ids.flatMap((id) =>
    (['label', 'description'] as const).flatMap((f) => LANGUAGES.filter((l) => textStatus(draft.value, id, f, l).missing)),
  ).length;
  return (
    <Section
      id="translations"
      title="Translations"
      lead={missing ? `${missing} missing translation${missing == 1 ? '' : 's'}, highlighted below.` : 'Every category text exists in every built-in language.'}
    >
      <div class="grid-scroll" role="region" aria-label="Category texts by language" tabIndex={0}>
        <table class="translations">
          <thead>
            <tr>
              <th scope="col">Category</th>
              {LANGUAGES.map((l) => (
                <th scope="col" lang={l}>
                  {LANGUAGE_NAMES[l]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.flatMap((id) =>
              (['label', 'description'] as const).map((field) => (
                <tr class={field}>
                  <th scope="row">
                    {field == 'label' ? <strong>{categoryLabel(draft.value, id)}</strong> : <span class="muted">description</span>}
                  </th>
                  {LANGUAGES.map((l) => (
                    <Cell id={id} field={field} lang={l} />
                  ))}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
