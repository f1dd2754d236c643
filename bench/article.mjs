/**
 * The same article page for every contender: a header, a hero image with its size given
 * (no shift of its own), and enough text to fill the first screen.
 */

const PARAGRAPHS = [
  'The harbour town wakes before the sun. Fishing boats slip out past the breakwater while the bakery on the quay pulls its first trays from the oven, and by seven the market square is full of crates: mackerel, crab, a few sea bass for the restaurants up the hill.',
  'For most of the last century the town lived from the catch alone. Today half of its income comes from visitors who arrive for the light, the cliffs and the long coastal path that links it to the next three villages, each with its own chapel and its own quarrel about who makes the best fish soup.',
  'The path is eleven kilometres long and takes most walkers four hours, with a stop at the lighthouse café. The steepest section, between the old lime kilns and the chapel of Saint Anne, climbs a hundred metres in less than a kilometre; take water, and do not trust the tide tables pinned to the café door, which are from 2019.',
  'Residents are divided about the crowds. The council wants a car park at the top of the hill and a shuttle bus; the fishermen want the quay kept clear for their trucks; the bakery would like both, and more tables. A public meeting is planned for next month in the school hall.',
  'Whatever the outcome, the town will look much as it does now: slate roofs, whitewashed walls, nets drying on the railings and, every evening at half past eight, the bell of the harbour church that has rung for every boat that did not come home.',
  'Getting there: trains run hourly from the city to the junction, where a connecting bus waits. In summer a ferry crosses the bay twice a day. Parking in the town itself is limited to residents between June and September.',
];

/** The article's `<body>` content. */
export function articleBody() {
  return `<header class="site"><a class="brand" href="/">The Coastal Review</a><nav><a href="/travel">Travel</a> <a href="/food">Food</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>A morning in the harbour town</h1>
<p class="lede">How a fishing village learned to live with its visitors, and what comes next.</p>
<img class="hero" src="/img/hero.svg" width="960" height="360" alt="Cliffs above the harbour at dawn">
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article>
</main>
<footer class="site"><a href="/privacy">Privacy policy</a> · <a href="/imprint">Imprint</a></footer>`;
}

/** The article's own styles (inline, as a site would ship its critical CSS). */
export const ARTICLE_CSS = `body{margin:0;font:17px/1.6 Georgia,serif;color:#1d232b;background:#fbfaf7}
header.site,footer.site{display:flex;justify-content:space-between;padding:12px 24px;background:#233142;color:#fff;font-family:system-ui,sans-serif}
header.site a,footer.site a{color:#fff;margin-left:16px}.brand{font-weight:700;margin-left:0!important}
main{max-width:960px;margin:0 auto;padding:8px 24px 48px}h1{font-size:2.2em;line-height:1.2;margin:24px 0 8px}
.lede{font-size:1.2em;color:#4a5563}.hero{display:block;width:100%;height:auto;aspect-ratio:960/360;margin:16px 0}`;
