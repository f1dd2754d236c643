/*
 * Sample Analytics — a stand-in for a gtag-style analytics library, served from the
 * third-party tracker host. When it runs it defines `gtag`, reads the commands already in
 * `dataLayer` (Consent Mode defaults from Portcullis, `config`), sets first-party cookies
 * like `_ga` does, and sends a page-view beacon to its own origin.
 */
(function () {
  'use strict';
  var NAME = 'analytics';
  if (window.__sampleAnalytics) return;
  window.__sampleAnalytics = true;

  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src).origin : location.origin;

  // Tell the demo's tracker monitor; queue for it when it has not started yet.
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

  var rand = function () {
    return Math.floor(Math.random() * 1e9);
  };
  var now = function () {
    return Math.floor(Date.now() / 1000);
  };
  function cookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : '';
  }
  function setCookie(name, value, seconds) {
    document.cookie =
      name + '=' + encodeURIComponent(value) + '; path=/; max-age=' + seconds + '; SameSite=Lax';
  }

  var TWO_YEARS = 63072000;
  var clientId = cookie('_sa_id').split('.').slice(2).join('.');
  if (!clientId) {
    clientId = rand() + '.' + now();
    setCookie('_sa_id', 'SA1.1.' + clientId, TWO_YEARS);
  }
  var session = Number(cookie('_sa_id_XYZ').split('.')[2]) || now();
  setCookie('_sa_id_XYZ', 'SS1.1.' + session + '.' + now(), TWO_YEARS);

  var consent = {};
  var ids = [];
  var started = false;

  // Consent Mode state as Google encodes it in `gcs`: G1 + ad_storage + analytics_storage.
  function gcs() {
    var bit = function (k) {
      return consent[k] == 'denied' ? '0' : '1';
    };
    return 'G1' + bit('ad_storage') + bit('analytics_storage');
  }

  function send(type, extra) {
    var params = new URLSearchParams({
      t: type,
      tid: ids[0] || '',
      cid: clientId,
      sid: String(session),
      gcs: gcs(),
    });
    for (var k in extra) params.set(k, extra[k]);
    params.set('dl', location.href);
    params.set('dt', document.title);
    params.set('z', String(rand()));
    var url = ORIGIN + '/collect?' + params;
    var how = 'beacon';
    if (!(navigator.sendBeacon && navigator.sendBeacon(url))) {
      how = 'fetch';
      fetch(url, { method: 'POST', mode: 'no-cors', keepalive: true, credentials: 'omit' }).catch(
        function () {},
      );
    }
    report('request', { url: url, how: how });
  }

  function command(args) {
    if (!args || typeof args.length != 'number' || typeof args[0] != 'string') return; // an event object
    var a = Array.prototype.slice.call(args);
    if (a[0] == 'consent' && a[2] && typeof a[2] == 'object') {
      for (var k in a[2]) consent[k] = a[2][k];
      if (started)
        report('note', 'consent ' + a[1] + ': analytics_storage ' + consent.analytics_storage);
    } else if (a[0] == 'config' && typeof a[1] == 'string') {
      if (ids.indexOf(a[1]) < 0) ids.push(a[1]);
      if (started) {
        report('note', "gtag('config', '" + a[1] + "') ran after the library loaded");
        send('config', { tid: a[1] });
      }
    } else if (a[0] == 'event' && started) send('event', { en: String(a[1]) });
  }

  var dataLayer = (window.dataLayer = window.dataLayer || []);
  if (typeof window.gtag != 'function')
    window.gtag = function gtag() {
      dataLayer.push(arguments);
    };
  dataLayer.forEach(command);
  var push = dataLayer.push;
  dataLayer.push = function () {
    var result = push.apply(dataLayer, arguments);
    for (var i = 0; i < arguments.length; i++) command(arguments[i]);
    return result;
  };

  started = true;
  report('ran');
  send('pageview');
})();
