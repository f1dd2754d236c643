/*
 * AdPixel — a stand-in for an advertising pixel, served from the third-party tracker host.
 * When it runs it sets a first-party click-id cookie and loads a 1×1 image from its own
 * origin with the event and the page address, as conversion pixels do.
 * Page code can send more events with `adpx('track', 'Lead')`.
 */
(function () {
  'use strict';
  var NAME = 'ads';
  if (window.adpx) return;

  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src).origin : location.origin;

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

  var match = document.cookie.match(/(?:^|; )_adpx=([^;]*)/);
  var browserId = match ? decodeURIComponent(match[1]) : '';
  if (!browserId) {
    browserId = 'ax.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9);
    document.cookie = '_adpx=' + browserId + '; path=/; max-age=7776000; SameSite=Lax';
  }

  function track(event, data) {
    var params = new URLSearchParams({ ev: event, id: 'DEMO-PIXEL', bid: browserId });
    for (var k in data) params.set('cd[' + k + ']', String(data[k]));
    params.set('dl', location.href);
    params.set('cb', String(Date.now()));
    var url = ORIGIN + '/pixel.gif?' + params;
    var img = new Image(1, 1);
    img.src = url;
    report('request', { url: url, how: 'image' });
  }

  window.adpx = function (command, event, data) {
    if (command == 'track' && typeof event == 'string') track(event, data || {});
  };

  report('ran');
  track('PageView');
})();
