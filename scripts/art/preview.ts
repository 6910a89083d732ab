/**
 * Renders a contact sheet of characters × moods (and the venues) to PNG with headless Chromium, so the
 * art can be looked at while it is being drawn: `npx tsx scripts/art/preview.ts out-dir [ids...]`.
 * A developer tool only; nothing in the game or the tests depends on it.
 */
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { renderCharacter } from '../../src/art/character.ts';
import { characterLook, KNOWN_LOOKS, type CharacterLook } from '../../src/art/look.ts';
import { MOODS } from '../../src/story/types.ts';
import { VENUE_IDS } from '../../src/art/ids.ts';
import {
  castSlots,
  characterHeight,
  coverFit,
  CHARACTER_HEIGHT,
  CHARACTER_WIDTH,
} from '../../src/art/stage.ts';

const outDir = resolve(process.argv[2] ?? '/tmp/art-preview');
// `--big id` draws one character's five moods at full size, to judge the faces up close.
const bigAt = process.argv.indexOf('--big');
const big = bigAt > 0 ? process.argv[bigAt + 1] : undefined;
const extra = process.argv.slice(3).filter((a, i, all) => a !== '--big' && all[i - 1] !== '--big');
mkdirSync(outDir, { recursive: true });

// Known looks by default; ids on the command line show the looks the hash gives unknown ids.
const looks: [string, CharacterLook][] = extra.length
  ? extra.map((id) => [id, characterLook(id)])
  : Object.entries(KNOWN_LOOKS);
const rows = looks
  .map(
    ([id, look]) =>
      `<div class="row"><div class="id">${id}</div>${MOODS.map((m) => `<div class="cell">${renderCharacter(look, m)}<div>${m}</div></div>`).join('')}</div>`,
  )
  .join('');
const html = `<!doctype html><html><body style="margin:0;background:#ece4da;font:14px sans-serif">
<style>.row{display:flex;align-items:center}.cell{text-align:center}.cell svg{width:150px;height:195px}.id{width:120px;padding-left:8px}</style>${rows}</body></html>`;
writeFileSync(join(outDir, 'characters.html'), html);

const venues = VENUE_IDS.filter((v) => existsSync(`assets/art/venues/${v}.svg`))
  .map(
    (v) =>
      `<div style="position:relative;display:inline-block;margin:4px"><img src="data:image/svg+xml;base64,${Buffer.from(readFileSync(`assets/art/venues/${v}.svg`)).toString('base64')}" width="960" height="540"></div>`,
  )
  .join('');
writeFileSync(
  join(outDir, 'venues.html'),
  `<!doctype html><body style="margin:0;background:#222">${venues}</body>`,
);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
if (big) {
  const faces = MOODS.map(
    (m) =>
      `<div style="width:400px;height:330px;overflow:hidden"><div style="margin-top:-60px">${renderCharacter(KNOWN_LOOKS[big] ?? characterLook(big), m)}</div></div>`,
  ).join('');
  writeFileSync(
    join(outDir, 'big.html'),
    `<body style="margin:0;background:#ece4da;display:flex;flex-wrap:wrap">${faces}</body>`,
  );
  await page.setViewportSize({ width: 1200, height: 660 });
  await page.goto('file://' + join(outDir, 'big.html'));
  await page.screenshot({ path: join(outDir, `big-${big.replace('/', '.')}.png`) });
  await page.setViewportSize({ width: 1100, height: 800 });
}
await page.goto('file://' + join(outDir, 'characters.html'));
await page.screenshot({ path: join(outDir, 'characters.png'), fullPage: true });
if (venues) {
  await page.setViewportSize({ width: 1940, height: 1100 });
  await page.goto('file://' + join(outDir, 'venues.html'));
  await page.screenshot({ path: join(outDir, 'venues.png'), fullPage: true });
}
// Stage mock-ups: each venue with a cast in front, at phone, laptop and projector sizes, placed by
// the same helpers the scene uses, to judge crops and proportions together.
const casts: Record<string, string[]> = {
  reception: ['kurt', 'els', 'johan'],
  garden: ['thomas', 'karolien'],
  office: ['katrien', 'jens', 'bart-claeys'],
  cafe: ['coffee-one-on-one/ruben', 'sofie'],
  'breakfast-room': ['hilde', 'wim', 'bram'],
};
for (const [w, h] of [
  [360, 640],
  [1366, 768],
  [1920, 1080],
] as const) {
  const scenes = VENUE_IDS.map((v) => {
    const fit = coverFit(w, h);
    const cast = casts[v] ?? [];
    const ch = characterHeight(w, h);
    const cw = (ch * CHARACTER_WIDTH) / CHARACTER_HEIGHT;
    const people = castSlots(cast.length, w, h)
      .map((x, i) => {
        const id = cast[i] ?? '';
        const svg = Buffer.from(
          renderCharacter(KNOWN_LOOKS[id] ?? characterLook(id), i === 0 ? 'pleased' : 'neutral'),
        ).toString('base64');
        return `<img src="data:image/svg+xml;base64,${svg}" style="position:absolute;left:${x * w - cw / 2}px;top:${h - ch}px;width:${cw}px;height:${ch}px">`;
      })
      .join('');
    const bg = Buffer.from(readFileSync(`assets/art/venues/${v}.svg`)).toString('base64');
    return `<div style="position:relative;overflow:hidden;width:${w}px;height:${h}px;display:inline-block;margin:0 8px 8px 0"><img src="data:image/svg+xml;base64,${bg}" style="position:absolute;left:${fit.x}px;top:${fit.y}px;width:${1920 * fit.scale}px;height:${1080 * fit.scale}px">${people}</div>`;
  }).join('');
  writeFileSync(
    join(outDir, `stage-${w}.html`),
    `<!doctype html><body style="margin:0;background:#222;width:${(w + 8) * 2}px">${scenes}</body>`,
  );
  await page.setViewportSize({ width: (w + 8) * 2, height: 400 });
  await page.goto('file://' + join(outDir, `stage-${w}.html`));
  await page.screenshot({ path: join(outDir, `stage-${w}.png`), fullPage: true });
}
await browser.close();
console.log(`wrote ${outDir}`);
