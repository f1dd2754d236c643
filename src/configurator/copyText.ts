/**
 * Copies text to the clipboard: the async Clipboard API, or where it is missing or refused
 * (an insecure origin, a denied permission) a hidden text area and `execCommand('copy')`.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    const focused = doc.activeElement as HTMLElement | null;
    doc.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      // nothing left to try
    }
    area.remove();
    focused?.focus();
    return ok;
  }
}

/** Offers text as a file download through a Blob link. */
export function download(text: string, name: string, type = 'application/json', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(doc.createElement('a'), { href: url, download: name });
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
