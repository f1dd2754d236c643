/**
 * Makes every `[data-portcullis-open]` element open the preference center on click — links,
 * buttons, anything, including elements added later (one delegated listener).
 * Returns the function that stops listening.
 */
export function listenOpenLinks(doc: Document, open: () => void): () => void {
  const onClick = (e: Event) => {
    const target = e.target as Element | null;
    if (target?.closest?.('[data-portcullis-open]')) {
      e.preventDefault();
      open();
    }
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
