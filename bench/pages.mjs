/**
 * The benchmark pages: the same article for every contender, with the contender's embed
 * and the scenario's stand-in tags.
 */
import { ARTICLE_CSS, articleBody } from './article.mjs';
import { CATEGORIES } from './contenders.mjs';

/**
 * Builds 200 cards of 5 elements each (1,000 elements) the way a page's own code does —
 * `createElement`, properties, `setAttribute`, `innerHTML`, `appendChild` — into
 * `#feed`, one card at a time. First-party URLs only: nothing a vendor owns. Defined in
 * the page; the benchmark calls `window.__insertFeed()`.
 */
const INSERT_FEED = `window.__insertFeed = function () {
  var feed = document.getElementById('feed');
  feed.textContent = '';
  for (var i = 0; i < 200; i++) {
    var card = document.createElement('article');
    card.className = 'card';
    var h = document.createElement('h3');
    h.textContent = 'Story ' + i;
    var img = document.createElement('img');
    img.setAttribute('src', '/img/thumb.gif');
    img.width = 64; img.height = 64; img.alt = '';
    var p = document.createElement('p');
    p.innerHTML = 'Read about <a href="/story/' + i + '">the harbour, part ' + i + '</a>.';
    card.appendChild(h); card.appendChild(img); card.appendChild(p);
    feed.appendChild(card);
  }
};`;

/**
 * @param {import('./contenders.mjs').Contender} contender
 * @param {import('./contenders.mjs').Tag[]} tags
 * @param {{ autoBlock?: boolean | 'manual', feed?: boolean }} [opts]
 * @returns {string} the page's HTML
 */
export function pageHtml(contender, tags, opts = {}) {
  const { head, bodyEnd } = contender.embed(tags, opts);
  const feed = opts.feed ? `<section id="feed"></section>\n<script>${INSERT_FEED}</script>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A morning in the harbour town — The Coastal Review</title>
${head}
<style>${ARTICLE_CSS}</style>
</head>
<body>
${articleBody()}
${feed}
${bodyEnd}
</body>
</html>`;
}

/** The one gated tag of a visit: a light analytics stand-in. */
export const visitTags = () => [{ name: 'analytics', category: /** @type {const} */ ('analytics'), work: 0 }];

/**
 * Ten gated tags across the four categories for "Accept all", each doing `work`
 * iterations of busy work (a few milliseconds at 1×, like a real tag's initialisation).
 * @param {number} work
 */
export const acceptTags = (work) => Array.from({ length: 10 }, (_, i) => ({ name: `tag${i}`, category: CATEGORIES[i % 4], work }));
