/** Fills `{name}` slots in a string; unknown slots stay as written. */
export function format(text: string, slots: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in slots ? String(slots[name]) : slot));
}
