/*
 * Tidecast player — a stand-in for a third-party video embed. It "plays" by moving the
 * progress bar, counts a view on load and a play on click at its own origin, and tells the
 * embedding page's tracker monitor that it loaded.
 */
(function () {
  'use strict';
  var DURATION = 134;
  var player = document.querySelector('.player');
  var bar = document.querySelector('.progress__bar');
  var progress = document.querySelector('.progress');
  var now = document.querySelector('.time__now');
  var toggle = document.querySelector('.toggle');
  var position = 0;
  var timer = 0;

  function tell(kind, detail) {
    // The page's monitor checks that messages come from this origin.
    if (window.parent !== window)
      window.parent.postMessage({ demoTracker: 'video', kind: kind, detail: detail }, '*');
  }

  function beacon(type) {
    var url =
      location.origin +
      '/collect?t=' +
      type +
      '&v=lamp-room&ref=' +
      encodeURIComponent(document.referrer);
    fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'omit' }).catch(function () {});
    tell('request', { url: url, how: 'fetch' });
  }

  function show() {
    var s = Math.floor(position);
    now.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    bar.style.transform = 'scaleX(' + position / DURATION + ')';
    progress.setAttribute('aria-valuenow', String(s));
  }

  function setPlaying(playing) {
    player.setAttribute('data-state', playing ? 'playing' : 'paused');
    toggle.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    clearInterval(timer);
    if (!playing) return;
    timer = setInterval(function () {
      position = Math.min(DURATION, position + 0.25);
      show();
      if (position >= DURATION) setPlaying(false);
    }, 250);
  }

  var played = false;
  function play() {
    if (position >= DURATION) position = 0;
    if (!played) beacon('play');
    played = true;
    setPlaying(true);
    toggle.focus();
  }

  document.querySelector('.play').addEventListener('click', play);
  toggle.addEventListener('click', function () {
    if (player.getAttribute('data-state') == 'playing') setPlaying(false);
    else play();
  });

  tell('ran');
  beacon('embed_view');
})();
