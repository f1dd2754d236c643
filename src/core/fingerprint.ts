/**
 * A short fingerprint of a config (FNV-1a over the package version and the config's JSON,
 * base 36). The stored choice carries the fingerprint of the config it was validated
 * against, so a returning visitor's page skips validation while the config is unchanged.
 * Returns '' for a value that has no JSON form (it is then always validated).
 */
export function fingerprint(config: unknown): string {
  let text: string;
  try {
    text = __VERSION__ + JSON.stringify(config);
  } catch {
    return '';
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}
