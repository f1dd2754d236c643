import { describe, expect, it } from 'vitest';
import { checklist, embedSnippet, normalizeBase } from '../../src/configurator/snippet';
import { DEFAULT_PREVIEW, PREVIEW_COOKIE, previewConfig, previewDocument } from '../../src/configurator/previewDoc';
import type { PortcullisConfig } from '../../src/types';

const config: PortcullisConfig = {
  policyVersion: '1',
  privacyPolicyUrl: '/privacy</script><script>alert(1)</script>',
  cookie: { name: 'consent', domain: 'example.com', maxAgeDays: 90 },
  vendors: [
    { id: 'hotjar', name: 'Hotjar', category: 'session_replay', hosts: ['*.hotjar.com'] },
    { id: 'inline', name: 'Inline', category: 'analytics' },
  ],
};

describe('embed snippet', () => {
  it('is the config, then the loader, from the chosen folder; no text can end the script early', () => {
    const s = embedSnippet(config, '/cmp');
    expect(s.split('\n').at(-1)).toBe('<script src="/cmp/portcullis.js"></script>');
    expect(s).not.toContain('portcullis-autoblock.js');
    expect(s.match(/<\/script>/g)).toHaveLength(2);
    expect(s).toContain('\\u003c/script>');
    const parsed = JSON.parse(s.slice(s.indexOf('=') + 1, s.indexOf(';</script>')));
    expect(parsed).toEqual(config);
  });

  it('adds the auto-blocking file before the loader when autoBlock is on', () => {
    const lines = embedSnippet({ ...config, autoBlock: true }, ' ').split('\n');
    expect(lines.slice(-2)).toEqual(['<script src="/portcullis/portcullis-autoblock.js"></script>', '<script src="/portcullis/portcullis.js"></script>']);
    expect(normalizeBase('"x')).toBe('"x/');
    expect(embedSnippet(config, '"x')).toContain('src="&quot;x/portcullis.js"');
  });

  it('lists the tags to mark, and which auto-blocking covers', () => {
    expect(checklist(config)).toEqual([
      expect.objectContaining({ id: 'hotjar', autoBlocked: false, example: '<script type="text/plain" data-consent="hotjar" src="https://hotjar.com/…"></script>' }),
      expect.objectContaining({ id: 'inline', hosts: [], example: '<script type="text/plain" data-consent="inline">…</script>' }),
    ]);
    expect(checklist({ ...config, autoBlock: true }).map((i) => i.autoBlocked)).toEqual([true, false]);
  });
});

describe('preview document', () => {
  it('runs the draft in the chosen language and regime with its own cookie', () => {
    const c = previewConfig({ ...config, regime: 'opt-out' }, { ...DEFAULT_PREVIEW, language: 'de', region: 'US-CA' });
    expect(c).toMatchObject({ language: 'de', region: 'US-CA', regime: 'opt-out', cookie: { name: PREVIEW_COOKIE, maxAgeDays: 90 } });
    expect(c.cookie).not.toHaveProperty('domain');
    expect(previewConfig(config, { ...DEFAULT_PREVIEW, regime: 'notice' }).regime).toBe('notice');
  });

  it('draws dark with the dark defaults under the theme', () => {
    expect(previewConfig({ ...config, theme: { accent: '#ff0000' } }, { ...DEFAULT_PREVIEW, scheme: 'dark' }).theme).toMatchObject({ bg: '#1b1e24', accent: '#ff0000' });
    expect(previewConfig(config, DEFAULT_PREVIEW).theme).toBeUndefined();
  });

  it('loads the real loader, simulates GPC before it when asked, and is right-to-left for Arabic', () => {
    const doc = previewDocument(config, { ...DEFAULT_PREVIEW, gpc: true, language: 'ar' }, 'https://cdn.example/portcullis.js');
    const gpc = doc.indexOf('globalPrivacyControl');
    const loader = doc.indexOf('<script src="https://cdn.example/portcullis.js"></script>');
    expect(gpc).toBeGreaterThan(0);
    expect(loader).toBeGreaterThan(gpc);
    expect(doc).toContain('<html lang="ar" dir="rtl"');
    expect(doc).not.toContain('</script><script>alert(1)');
    expect(previewDocument(config, DEFAULT_PREVIEW, '/p.js')).not.toContain('globalPrivacyControl');
  });
});
