/** Fills `{name}` slots in a string. */
export function format(text: string, slots: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => String(slots[name] ?? slot));
}
