import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSync } from '../../src/core/sync';

const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((s) => s());
  vi.unstubAllGlobals();
});

describe('startSync', () => {
  it('delivers the new value to the other listeners of the same key over BroadcastChannel', async () => {
    const received: string[] = [];
    const a = startSync('k', () => {});
    const b = startSync('k', (v) => received.push(v));
    const other = startSync('other', (v) => received.push('wrong:' + v));
    stops.push(a.stop, b.stop, other.stop);
    a.notify('1.abc');
    a.notify('');
    await vi.waitFor(() => expect(received).toEqual(['1.abc', '']));
  });

  it('falls back to the storage event, ignoring other keys and foreign values', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const received: string[] = [];
    const s = startSync('k', (v) => received.push(v));
    stops.push(s.stop);
    s.notify('1.xyz');
    const written = localStorage.getItem('portcullis:k')!;
    expect(JSON.parse(written)[0]).toBe('1.xyz');
    const fire = (key: string, newValue: string | null) => window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
    fire('portcullis:k', written);
    fire('portcullis:other', written);
    fire('portcullis:k', 'not json');
    fire('portcullis:k', '[5]');
    fire('portcullis:k', null);
    expect(received).toEqual(['1.xyz']);
    s.stop();
    fire('portcullis:k', written);
    expect(received).toEqual(['1.xyz']);
  });

  it('writes a different value each time so repeated choices still fire the event', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const s = startSync('k', () => {});
    stops.push(s.stop);
    s.notify('same');
    const first = localStorage.getItem('portcullis:k');
    await new Promise((r) => setTimeout(r, 2));
    s.notify('same');
    expect(localStorage.getItem('portcullis:k')).not.toBe(first);
  });
});
