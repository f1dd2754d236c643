import { markdownLinks } from './markdownLinks';

/** Text from config or translations, with `[text](url)` links rendered as links. */
export function RichText({ text }: { text: string }) {
  return <>{markdownLinks(text).map((p) => (typeof p == 'string' ? p : <a href={p.href}>{p.text}</a>))}</>;
}
