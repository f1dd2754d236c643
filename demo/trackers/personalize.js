/*
 * Tailor — a stand-in for a personalization widget, served from the third-party tracker
 * host. When it runs it remembers the reader's sections in a first-party cookie, loads its
 * stylesheet and recommendations from its own origin, and renders "Recommended for you"
 * into the page's `[data-personalize-slot]` element.
 */
(function () {
  'use strict';
  var NAME = 'personalize';
  if (window.__tailor) return;
  window.__tailor = true;

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

  var FALLBACK = [
    {
      title: 'Oyster beds reopen after two-year closure',
      section: 'Harbour',
      href: '/?story=oysters',
    },
    { title: 'The last net-maker on Quay Street', section: 'Culture', href: '/?story=net-maker' },
    {
      title: 'Storm season: how the lifeboat crew trains',
      section: 'Harbour',
      href: '/?story=lifeboat',
    },
  ];

  var match = document.cookie.match(/(?:^|; )_pz=([^;]*)/);
  var sections = match ? decodeURIComponent(match[1]).split('.').slice(1) : [];
  var here = (document.querySelector('.kicker a') || {}).textContent || 'news';
  here = here.trim().toLowerCase();
  if (sections.indexOf(here) < 0) sections.push(here);
  document.cookie =
    '_pz=' +
    encodeURIComponent(['v1'].concat(sections.slice(-5)).join('.')) +
    '; path=/; max-age=31536000; SameSite=Lax';

  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = ORIGIN + '/personalize.css';
  document.head.appendChild(css);
  report('request', { url: css.href, how: 'stylesheet' });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function render(items) {
    var slot = document.querySelector('[data-personalize-slot]');
    if (!slot) return;
    var titleId = slot.getAttribute('aria-labelledby');
    slot.textContent = '';
    slot.classList.add('tailor');
    var title = el('h2', 'tailor__title panel__title', 'Recommended for you');
    if (titleId) title.id = titleId;
    var list = el('ol', 'tailor__list');
    items.slice(0, 3).forEach(function (item) {
      var li = el('li', 'tailor__item');
      li.appendChild(el('span', 'tailor__section', item.section));
      var a = el('a', 'tailor__link', item.title);
      a.href = item.href;
      li.appendChild(a);
      list.appendChild(li);
    });
    slot.appendChild(title);
    slot.appendChild(list);
    slot.appendChild(
      el('p', 'tailor__by', 'Picked by Tailor from the sections you read: ' + sections.join(', ')),
    );
  }

  var url = ORIGIN + '/recs.json?s=' + encodeURIComponent(sections.join(','));
  report('request', { url: url, how: 'fetch' });
  var recs = fetch(url, { credentials: 'omit' })
    .then(function (r) {
      return r.ok ? r.json() : { items: FALLBACK };
    })
    .then(function (data) {
      return Array.isArray(data.items) ? data.items : FALLBACK;
    })
    .catch(function () {
      return FALLBACK;
    });
  var domReady = new Promise(function (resolve) {
    if (document.readyState == 'loading')
      document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });

  report('ran');
  Promise.all([recs, domReady]).then(function (r) {
    render(r[0]);
  });
})();
