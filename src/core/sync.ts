/** Tells the site's other open tabs that the choice changed. */
export interface Sync {
  /** Announce the new stored value ('' after a reset) to the other tabs. */
  notify(value: string): void;
  /** Stop listening. */
  stop(): void;
}

/**
 * Cross-tab sync: a BroadcastChannel where there is one, else the `storage` event of a
 * localStorage key. The new cookie value travels with the message, because a tab that
 * re-read the cookie on arrival could still see the old one: cookie writes and these
 * messages reach other tabs by different paths.
 */
export function startSync(key: string, onRemoteChange: (value: string) => void): Sync {
  const name = 'portcullis:' + key;
  const receive = (data: unknown) => typeof data == 'string' && onRemoteChange(data);
  if (typeof BroadcastChannel == 'function') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (e) => receive(e.data);
    return { notify: (value) => channel.postMessage(value), stop: () => channel.close() };
  }
  const onStorage = (e: StorageEvent) => {
    if (e.key == name && e.newValue)
      try {
        receive(JSON.parse(e.newValue)[0]);
      } catch {
        // not ours
      }
  };
  addEventListener('storage', onStorage);
  return {
    notify(value) {
      try {
        // The time makes every write a change, so repeated choices still fire the event.
        localStorage.setItem(name, JSON.stringify([value, Date.now()]));
      } catch {
        // storage blocked: other tabs catch up on their next page view
      }
    },
    stop: () => removeEventListener('storage', onStorage),
  };
}
