/*
 * ReplayCam — a stand-in for a session-replay SDK, served from the third-party tracker
 * host. When it runs it starts a session in localStorage, counts mouse moves, clicks, key
 * presses and scrolls, and uploads the counts to its own origin: once at start, then every
 * 10 seconds when something happened, and when the page is hidden.
 */
(function () {
  'use strict';
  var NAME = 'replay';
  if (window.__replayCam) return;

  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src).origin : location.origin;
  var KEY = '_replay_session';
  var INTERVAL = 10000;
  var MAX_UPLOADS = 60;

  function report(kind, detail) {
    var hook = window.__demoTrackers;
    if (hook && typeof hook[kind] == 'function') {
      try {
        hook[kind](NAME, detail);
      } catch (e) {
        /* the monitor is not our business */
      }
    } else (window.__demoTrackerLog = window.__demoTrackerLog || []).push([kind, NAME, detail]);
  }

  var session;
  try {
    session = JSON.parse(localStorage.getItem(KEY) || 'null');
  } catch (e) {
    session = null;
  }
  if (!session || typeof session.id != 'string')
    session = { id: Math.random().toString(36).slice(2, 12), started: Date.now(), pages: 0 };
  session.pages += 1;
  try {
    localStorage.setItem(KEY, JSON.stringify(session));
  } catch (e) {
    /* storage blocked: the session lives in memory */
  }

  var counts = { moves: 0, clicks: 0, keys: 0, scrolls: 0 };
  var pending = false;
  var seq = 0;
  var lastMove = 0;

  addEventListener(
    'mousemove',
    function (e) {
      if (e.timeStamp - lastMove < 50) return; // like real SDKs, sample the pointer
      lastMove = e.timeStamp;
      counts.moves++;
      pending = true;
    },
    { passive: true },
  );
  addEventListener(
    'click',
    function () {
      counts.clicks++;
      pending = true;
    },
    { capture: true, passive: true },
  );
  addEventListener(
    'keydown',
    function () {
      counts.keys++;
      pending = true;
    },
    { capture: true, passive: true },
  );
  addEventListener(
    'scroll',
    function () {
      counts.scrolls++;
      pending = true;
    },
    { passive: true },
  );

  function upload(reason) {
    if (seq >= MAX_UPLOADS) return;
    pending = false;
    var params = new URLSearchParams({
      t: 'replay',
      sid: session.id,
      seq: String(seq++),
      r: reason,
    });
    for (var k in counts) params.set(k, String(counts[k]));
    var url = ORIGIN + '/collect?' + params;
    var body = JSON.stringify({
      session: session.id,
      page: location.pathname,
      counts: counts,
      at: Date.now(),
    });
    fetch(url, {
      method: 'POST',
      body: body,
      keepalive: reason == 'hidden',
      credentials: 'omit',
    }).catch(function () {});
    report('request', { url: url, how: 'fetch' });
  }

  var timer = setInterval(function () {
    if (pending) upload('interval');
    if (seq >= MAX_UPLOADS) clearInterval(timer);
  }, INTERVAL);
  addEventListener('visibilitychange', function () {
    if (document.visibilityState == 'hidden' && pending) upload('hidden');
  });

  window.__replayCam = { session: session.id, counts: counts };
  report('ran');
  upload('start');
})();
