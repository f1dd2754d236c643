/*
 * Tracker monitor — a demo tool, not part of Portcullis. A collapsible panel that shows
 * what the stand-in trackers on this page did: whether each one is blocked or ran, the
 * consent state from `Portcullis.get()`, every request that left for the tracker host, and
 * the demo cookies. Its buttons call the public API like any page script would.
 *
 * Trackers report through `window.__demoTrackers` (`ran`, `request`, `note`); reports made
 * before this deferred script ran wait in `window.__demoTrackerLog`. Requests are also
 * observed independently with a resource PerformanceObserver.
 */
(function () {
  'use strict';

  var STAND_INS = [
    { id: 'analytics', file: 'analytics.js', vendor: 'Sample Analytics', category: 'analytics' },
    { id: 'ads', file: 'ads.js', vendor: 'AdPixel', category: 'advertising' },
    { id: 'replay', file: 'replay.js', vendor: 'ReplayCam', category: 'session_replay' },
    { id: 'personalize', file: 'personalize.js', vendor: 'Tailor', category: 'personalization' },
    { id: 'video', file: 'video.html', vendor: 'Tidecast (iframe)', category: 'personalization' },
  ];
  var REGIONS = [
    ['', 'Unknown'],
    ['DE', 'DE'],
    ['GB', 'GB'],
    ['US-CA', 'US-CA'],
    ['US-TX', 'US-TX'],
    ['BR', 'BR'],
  ];
  var COOKIE_OWNERS = [
    [/^portcullis$/, 'Portcullis: the stored choice (necessary)'],
    [/^_sa_id/, 'Sample Analytics'],
    [/^_adpx$/, 'AdPixel'],
    [/^_pz$/, 'Tailor'],
  ];
  var STORAGE_KEYS = [['_replay_session', 'ReplayCam (localStorage)']];
  var MAX_REQUESTS = 60;
  var OPEN_KEY = 'demo-monitor-open';

  var meta = document.querySelector('meta[name="demo-tracker-origin"]');
  var origin = meta && /^https?:\/\/[^/]+$/.test(meta.content) ? meta.content : '';

  var ran = {};
  var notes = {};
  var requests = {};
  var requestCount = 0;
  var uiView = null;
  var lastAnnounced = '';

  // Which category gates each stand-in, read from the page's own markup when it is there.
  STAND_INS.forEach(function (t) {
    var el = document.querySelector(
      '[data-consent][src$="/' + t.file + '"], [data-consent][data-src$="/' + t.file + '"]',
    );
    if (el) t.category = el.getAttribute('data-consent');
  });

  /* ---------- DOM helpers (no innerHTML: every text is set as text) ---------- */

  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k == 'text') node.textContent = attrs[k];
      else if (k == 'className') node.className = attrs[k];
      else if (attrs[k] === true) node.setAttribute(k, '');
      else if (attrs[k] != null && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c != null) node.appendChild(typeof c == 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function replace(node, children) {
    node.textContent = '';
    children.forEach(function (c) {
      node.appendChild(c);
    });
  }

  /* ---------- the panel ---------- */

  var summary = h('span', { className: 'monitor__summary' });
  var dot = h('span', { className: 'monitor__dot', 'aria-hidden': 'true' });
  var toggle = h(
    'button',
    {
      type: 'button',
      className: 'monitor__toggle',
      'aria-expanded': 'false',
      'aria-controls': 'monitor-body',
    },
    [
      dot,
      h('span', { className: 'monitor__title', text: 'Tracker monitor' }),
      summary,
      h('span', { className: 'monitor__chevron', 'aria-hidden': 'true' }),
    ],
  );

  var trackerList = h('ul', { className: 'monitor__trackers', id: 'monitor-trackers' });
  var stateList = h('dl', { className: 'monitor__state' });
  var requestList = h('ol', {
    className: 'monitor__requests',
    id: 'monitor-requests',
    reversed: true,
  });
  var requestEmpty = h('p', { className: 'monitor__empty' });
  var requestTitle = h('h3', {
    id: 'monitor-requests-title',
    text: 'Requests to the tracker host',
  });
  var storageList = h('ul', { className: 'monitor__storage', id: 'monitor-storage' });
  var live = h('p', { className: 'visually-hidden', 'aria-live': 'polite', role: 'status' });

  function action(label, fn, hint) {
    var b = h('button', { type: 'button', className: 'monitor__button', text: label, title: hint });
    b.addEventListener('click', function () {
      if (window.Portcullis) fn(window.Portcullis);
    });
    return b;
  }

  var current = (new URLSearchParams(location.search).get('region') || '').toUpperCase();
  var regionLinks = REGIONS.map(function (r) {
    var url = new URL(location.href);
    if (r[0]) url.searchParams.set('region', r[0]);
    else url.searchParams.delete('region');
    url.hash = '';
    var isCurrent = r[0] == current || (!r[0] && !REGIONS.some((x) => x[0] && x[0] == current));
    return h('li', null, [
      h('a', {
        href: url.pathname + url.search,
        'aria-current': isCurrent ? 'page' : null,
        text: r[1],
      }),
    ]);
  });

  var controls = h(
    'section',
    { className: 'monitor__section', 'aria-labelledby': 'monitor-controls-title' },
    [
      h('h3', { id: 'monitor-controls-title', text: 'Demo controls' }),
      h('p', {
        className: 'monitor__hint',
        text: 'These buttons call window.Portcullis, as page code would.',
      }),
      h('div', { className: 'monitor__buttons' }, [
        action('Accept all', (p) => p.acceptAll(), 'Portcullis.acceptAll()'),
        action('Reject all', (p) => p.rejectAll(), 'Portcullis.rejectAll()'),
        action('Open preferences', (p) => p.openPreferences(), 'Portcullis.openPreferences()'),
        action('Reset', (p) => p.reset(), 'Portcullis.reset(): forget the choice and ask again'),
      ]),
      h('p', {
        className: 'monitor__hint',
        id: 'monitor-region-label',
        text: 'Visit as a reader from (sets the region before the loader runs):',
      }),
      h(
        'ul',
        { className: 'monitor__regions', 'aria-labelledby': 'monitor-region-label' },
        regionLinks,
      ),
    ],
  );

  var body = h('div', { className: 'monitor__body', id: 'monitor-body', hidden: true }, [
    h('p', { className: 'monitor__intro' }, [
      'A demo tool, not part of Portcullis. Stand-in trackers load from ',
      h('code', { text: origin ? origin.replace(/^https?:\/\//, '') : 'the tracker host' }),
      ', a third-party origin.',
    ]),
    h('section', { className: 'monitor__section', 'aria-labelledby': 'monitor-trackers-title' }, [
      h('h3', { id: 'monitor-trackers-title', text: 'Stand-in trackers' }),
      trackerList,
    ]),
    controls,
    h('section', { className: 'monitor__section', 'aria-labelledby': 'monitor-state-title' }, [
      h('h3', { id: 'monitor-state-title' }, [h('code', { text: 'Portcullis.get()' })]),
      stateList,
    ]),
    h('section', { className: 'monitor__section', 'aria-labelledby': 'monitor-requests-title' }, [
      requestTitle,
      requestEmpty,
      requestList,
    ]),
    h('section', { className: 'monitor__section', 'aria-labelledby': 'monitor-storage-title' }, [
      h('h3', { id: 'monitor-storage-title', text: 'Demo cookies and storage' }),
      storageList,
    ]),
  ]);

  var panel = h(
    'aside',
    { className: 'monitor', id: 'demo-monitor', 'aria-label': 'Tracker monitor (demo tool)' },
    [h('h2', { className: 'monitor__heading' }, [toggle]), body, live],
  );

  function setOpen(open, focusToggle) {
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    panel.classList.toggle('is-open', open);
    try {
      sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
    } catch (e) {
      /* storage blocked: the panel just forgets */
    }
    if (focusToggle) toggle.focus();
  }
  toggle.addEventListener('click', function () {
    setOpen(body.hidden);
  });
  panel.addEventListener('keydown', function (e) {
    if (e.key == 'Escape' && !body.hidden) {
      e.stopPropagation();
      setOpen(false, true);
    }
  });

  /* ---------- what the trackers report ---------- */

  function label(id) {
    var t = STAND_INS.filter((s) => s.id == id)[0];
    return t ? t.file : id;
  }

  function addRequest(url, how, tracker, observed, time) {
    if (typeof url != 'string' || !origin || url.indexOf(origin + '/') !== 0) return;
    var r = requests[url];
    if (!r) {
      r = requests[url] = {
        url: url,
        how: how,
        tracker: tracker,
        time: time,
        order: requestCount++,
      };
      // The stand-ins' own files, seen only by the observer, still say whose they are.
      var file = url.slice(origin.length + 1).split('?')[0];
      STAND_INS.forEach(function (t) {
        if (t.file == file) r.tracker = t.id;
      });
    }
    if (tracker) r.tracker = tracker;
    if (observed) {
      r.observed = true;
      r.time = time;
    } else {
      r.reported = true;
      if (r.time == null) r.time = performance.now();
      r.how = r.how || how;
    }
    schedule();
  }

  var hook = {
    ran: function (name) {
      ran[name] = true;
      say(label(name) + ' ran.');
      schedule();
    },
    request: function (name, detail) {
      if (detail && typeof detail == 'object') addRequest(detail.url, detail.how, name, false);
    },
    note: function (name, text) {
      notes[name] = String(text);
      schedule();
    },
  };

  // The video is a cross-origin iframe: it can only tell us by message.
  addEventListener('message', function (e) {
    var d = e.data;
    if (!origin || e.origin !== origin || !d || d.demoTracker !== 'video') return;
    if (d.kind == 'ran') hook.ran('video');
    else if (d.kind == 'request') hook.request('video', d.detail);
  });

  // Independent of what the trackers say: what the browser actually fetched.
  var KIND = { img: 'image', link: 'css', css: 'css', xmlhttprequest: 'xhr' };
  function observe(entry) {
    addRequest(
      entry.name,
      KIND[entry.initiatorType] || entry.initiatorType,
      null,
      true,
      entry.startTime,
    );
  }
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(observe);
    }).observe({ type: 'resource', buffered: true });
  } catch (e) {
    performance.getEntriesByType('resource').forEach(observe);
  }

  /* ---------- rendering ---------- */

  var scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () {
      scheduled = false;
      render();
    });
  }

  var pendingSay = [];
  function say(text) {
    pendingSay.push(text);
  }

  function consent() {
    try {
      return window.Portcullis ? window.Portcullis.get() : null;
    } catch (e) {
      return null;
    }
  }

  function trackerState(t, state) {
    var allowed = !!state && t.category.split(/\s+/).every((id) => window.Portcullis.allowed(id));
    if (ran[t.id]) return allowed ? ['ran', 'ran'] : ['withdrawn', 'ran · consent withdrawn'];
    return allowed ? ['allowed', 'allowed · loading'] : ['blocked', 'blocked'];
  }

  function renderTrackers(state) {
    var count = 0;
    replace(
      trackerList,
      STAND_INS.map(function (t) {
        var s = trackerState(t, state);
        if (ran[t.id]) count++;
        var note =
          s[0] == 'withdrawn'
            ? 'Code that ran keeps running until the page reloads.'
            : notes[t.id] || null;
        return h(
          'li',
          { className: 'monitor__tracker', 'data-tracker': t.id, 'data-state': s[0] },
          [
            h('span', { className: 'monitor__badge', text: s[1] }),
            h('span', { className: 'monitor__name' }, [h('code', { text: t.file })]),
            h('span', {
              className: 'monitor__meta',
              text: t.vendor + ' · data-consent="' + t.category + '"',
            }),
            note ? h('span', { className: 'monitor__note', text: note }) : null,
          ],
        );
      }),
    );
    return count;
  }

  function row(term, value) {
    return h('div', { className: 'monitor__row' }, [
      h('dt', { text: term }),
      h('dd', null, [].concat(value)),
    ]);
  }

  function chips(map, ok, no) {
    var ids = Object.keys(map);
    if (!ids.length) return h('span', { text: 'none' });
    return h(
      'ul',
      { className: 'monitor__chips' },
      ids.map(function (id) {
        var on = map[id] === true || map[id] === 'granted';
        return h('li', { className: 'monitor__chip', 'data-on': String(on) }, [
          h('span', {
            className: 'monitor__chip-mark',
            'aria-hidden': 'true',
            text: on ? '✓' : '✕',
          }),
          id + ' ',
          h('span', { className: 'visually-hidden', text: on ? ok : no }),
        ]);
      }),
    );
  }

  function signal(name, state) {
    if (!state.signals[name]) return 'not sent';
    return state.honored[name] ? 'sent · honored' : 'sent · not applied';
  }

  // The last Consent Mode command Portcullis wrote to the dataLayer.
  function consentMode() {
    var layer = Array.isArray(window.dataLayer) ? window.dataLayer : [];
    for (var i = layer.length - 1; i >= 0; i--) {
      var a = layer[i];
      if (
        a &&
        typeof a.length == 'number' &&
        a[0] == 'consent' &&
        a[2] &&
        typeof a[2] == 'object'
      ) {
        var types = {};
        for (var k in a[2]) if (k != 'wait_for_update') types[k] = a[2][k];
        return { command: a[1], types: types };
      }
    }
    return null;
  }

  function renderState(state) {
    if (!state) {
      replace(stateList, [
        row('Status', 'Portcullis did not load. Is dist/ built? Run npm run build.'),
      ]);
      return;
    }
    var gcm = consentMode();
    var when = state.updatedAt ? new Date(state.updatedAt).toLocaleTimeString() : '';
    replace(stateList, [
      row(
        'Regime',
        state.regime + (state.region ? ' (region ' + state.region + ')' : ' (region unknown)'),
      ),
      row('Decided', state.decided ? 'yes, at ' + when : 'no choice yet'),
      row('Policy', state.policyVersion || '—'),
      row('Categories', chips(state.categories, 'allowed', 'blocked')),
      row('Vendors', chips(state.vendors, 'allowed', 'blocked')),
      row('GPC', signal('gpc', state)),
      row('DNT', signal('dnt', state)),
      row(
        'Consent Mode',
        gcm
          ? [
              h('span', { className: 'monitor__sub', text: gcm.command }),
              chips(gcm.types, 'granted', 'denied'),
            ]
          : 'off',
      ),
      row('UI', uiView ? uiView + ' open' : 'closed'),
    ]);
  }

  function path(url) {
    return url.slice(origin.length);
  }

  function renderRequests() {
    var all = Object.keys(requests)
      .map((k) => requests[k])
      .sort((a, b) => b.order - a.order);
    requestTitle.textContent = 'Requests to the tracker host (' + all.length + ')';
    requestEmpty.textContent = all.length
      ? ''
      : 'None: nothing has left for ' +
        (origin ? origin.replace(/^https?:\/\//, '') : 'the tracker host') +
        '.';
    requestEmpty.hidden = !!all.length;
    replace(
      requestList,
      all.slice(0, MAX_REQUESTS).map(function (r) {
        var p = path(r.url);
        return h('li', { className: 'monitor__request', title: r.url, 'data-url': p }, [
          h('span', { className: 'monitor__kind', text: r.how || '?' }),
          h('code', { className: 'monitor__url', text: p.length > 64 ? p.slice(0, 63) + '…' : p }),
          h('span', {
            className: 'monitor__meta',
            text:
              (r.tracker
                ? label(r.tracker)
                : r.how == 'image'
                  ? 'page <img data-consent>'
                  : 'page') +
              ' · +' +
              ((r.time || 0) / 1000).toFixed(1) +
              ' s',
          }),
        ]);
      }),
    );
    return all.length;
  }

  function readStorage() {
    var items = [];
    document.cookie.split('; ').forEach(function (pair) {
      var i = pair.indexOf('=');
      var name = i < 0 ? pair : pair.slice(0, i);
      var owner = COOKIE_OWNERS.filter((o) => o[0].test(name))[0];
      if (owner)
        items.push({
          name: name,
          value: decodeURIComponent(pair.slice(i + 1)),
          owner: owner[1],
          kind: 'cookie',
        });
    });
    STORAGE_KEYS.forEach(function (k) {
      try {
        var v = localStorage.getItem(k[0]);
        if (v != null) items.push({ name: k[0], value: v, owner: k[1], kind: 'localStorage' });
      } catch (e) {
        /* storage blocked */
      }
    });
    return items;
  }

  var storageKey = '';
  function renderStorage() {
    var items = readStorage();
    storageKey = JSON.stringify(items);
    replace(
      storageList,
      items.length
        ? items.map(function (c) {
            return h(
              'li',
              { className: 'monitor__cookie', 'data-name': c.name, 'data-kind': c.kind },
              [
                h('code', { text: c.name }),
                h('span', { className: 'monitor__meta', text: c.owner }),
                h('code', {
                  className: 'monitor__value',
                  text: c.value.length > 40 ? c.value.slice(0, 39) + '…' : c.value,
                }),
              ],
            );
          })
        : [h('li', { className: 'monitor__empty', text: 'None set.' })],
    );
  }

  function render() {
    var state = consent();
    var count = renderTrackers(state);
    renderState(state);
    var sent = renderRequests();
    renderStorage();
    summary.textContent =
      count + ' of ' + STAND_INS.length + ' ran · ' + sent + (sent == 1 ? ' request' : ' requests');
    dot.setAttribute('data-level', count ? 'ran' : 'blocked');
    if (pendingSay.length) {
      var text = pendingSay.join(' ');
      pendingSay = [];
      // Repeat announcements must differ to be read again.
      live.textContent = text == lastAnnounced ? text + ' ' : text;
      lastAnnounced = text;
    }
  }

  /* ---------- Portcullis events ---------- */

  function allowedList(state) {
    var on = Object.keys(state.categories).filter(
      (id) => id != 'necessary' && state.categories[id],
    );
    return on.length ? on.join(', ') + ' allowed' : 'only necessary allowed';
  }
  document.addEventListener('portcullis:ready', schedule);
  document.addEventListener('portcullis:change', function (e) {
    if (e.detail) say('Consent changed: ' + allowedList(e.detail) + '.');
    schedule();
  });
  document.addEventListener('portcullis:ui', function (e) {
    uiView = e.detail ? e.detail.view : null;
    schedule();
  });
  // Cookies have no change event everywhere; a cheap comparison is enough for a demo.
  setInterval(function () {
    if (JSON.stringify(readStorage()) != storageKey) schedule();
  }, 1000);

  /* ---------- start ---------- */

  var open = false;
  try {
    open = sessionStorage.getItem(OPEN_KEY) == '1';
  } catch (e) {
    /* storage blocked: start collapsed */
  }
  // Trackers that ran before this deferred script queued their reports.
  var early = window.__demoTrackerLog;
  window.__demoTrackers = hook;
  if (Array.isArray(early))
    early.forEach(function (entry) {
      if (hook[entry[0]]) hook[entry[0]](entry[1], entry[2]);
    });
  window.__demoTrackerLog = [];

  document.documentElement.classList.add('has-demo-monitor');
  document.body.appendChild(panel);
  setOpen(open);
  render();
})();
