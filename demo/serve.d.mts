/** Types for `demo/serve.mjs`, so TypeScript tests can start the demo. */

/** One request the tracker host received. */
export interface TrackerRequest {
  method: string;
  /** Path without the query, e.g. `/collect`. */
  path: string;
  /** The query with its `?`, or `''`. */
  query: string;
  /** `path + query`. */
  url: string;
  referer: string;
  /** POST body (first 8 KiB), for beacons. */
  body?: string;
  /** Time received, ms since the epoch. */
  at: number;
}

export interface DemoServer {
  /** The publisher site, `http://localhost:PORT` (no trailing slash). */
  url: string;
  /** The third-party tracker host, `http://127.0.0.1:PORT+1` (no trailing slash). */
  trackerUrl: string;
  /** Every request the tracker host received, in order (live array). */
  requests: TrackerRequest[];
  /** Only the `/collect` and `/pixel.gif` requests (live array). */
  beacons: TrackerRequest[];
  close(): Promise<void>;
}

/** Starts both origins. `port: 0` picks a free pair. @default { port: 5173, log: false } */
export function startDemoServer(options?: { port?: number; log?: boolean }): Promise<DemoServer>;
