import type { PortcullisConfig } from '../types';
import { textStatus } from './translations';
import { categoriesOf, FUNCTIONAL } from './vendors';

/** A category's name as English-speaking visitors see it (the id when it has none). */
export function categoryLabel(config: PortcullisConfig, id: string): string {
  if (id == FUNCTIONAL.id && !categoriesOf(config).some((c) => c.id == id)) return FUNCTIONAL.label!;
  const { own, fallback } = textStatus(config, id, 'label', 'en');
  return own || fallback;
}
