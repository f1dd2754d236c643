import { setIn } from './paths';
import { draft } from './store';
import { textPath, type TextField } from './translations';
import { categoriesOf } from './vendors';

/** The field path a category text is edited at (a stand-in path while `necessary` is not listed). */
export const categoryTextPath = (id: string, field: TextField, lang: string): string =>
  textPath(draft.value, id, field, lang) ?? `categories.${id}.${field}`;

/** Sets a category's label or description in a language; `necessary` is listed first when it needs to be. */
export function setCategoryText(id: string, field: TextField, lang: string, value: string | undefined): void {
  let config = draft.value;
  let path = textPath(config, id, field, lang);
  if (!path) {
    config = { ...config, categories: [{ id }, ...categoriesOf(config)] };
    path = textPath(config, id, field, lang)!;
  }
  draft.value = setIn(config, path, value);
}
