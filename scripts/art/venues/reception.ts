/**
 * The reception: an evening networking event in a hall. A bar across the back under pendant lamps,
 * standing tables in white cloth, tall windows onto a city at dusk, and guests as soft silhouettes so
 * the speaking characters in front stay the only faces. The bar sits in the centre third, so a
 * portrait phone crop still reads as "a reception".
 */
import {
  circle,
  document,
  ellipse,
  guest,
  H,
  linear,
  mix,
  n,
  path,
  pendant,
  radial,
  rect,
  seededRandom,
  standingTable,
  W,
  wineGlass,
} from '../svg.ts';

export function reception(): string {
  const rand = seededRandom(0x5ece7);
  const defs =
    linear('wall', [
      [0, '#3b2a3a'],
      [0.55, '#6a4646'],
      [1, '#8a5a4a'],
    ]) +
    linear('floor', [
      [0, '#6b4536'],
      [1, '#3e2a2a'],
    ]) +
    linear('sky', [
      [0, '#2c3357'],
      [0.6, '#7b5a7a'],
      [1, '#e09a6e'],
    ]) +
    linear('bar', [
      [0, '#8a5a3c'],
      [1, '#5e3b2b'],
    ]) +
    radial('glow', '#ffd59a', 0.45) +
    radial('pool', '#ffcf8a', 0.35) +
    `<radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#1d1220" stop-opacity="0"/><stop offset="1" stop-color="#1d1220" stop-opacity="0.55"/></radialGradient>`;

  const b: string[] = [];
  b.push(rect(0, 0, W, H, 'url(#wall)'));
  // Wall panels: tall, low-contrast strips that give the hall its rhythm.
  for (let x = 0; x < W; x += 160) b.push(rect(x + 6, 120, 148, 600, '#ffffff', 'opacity="0.035"'));
  // Tall windows at both sides, onto a dusk skyline.
  for (const wx of [60, 330, 1400, 1670]) {
    b.push(rect(wx, 110, 190, 520, 'url(#sky)'));
    let sky = '';
    for (let i = 0; i < 6; i++) {
      const bw = 24 + rand() * 36;
      const bh = 60 + rand() * 200;
      const bx = wx + (i / 6) * 190;
      sky += rect(bx, 630 - bh, bw, bh, '#2b2440', 'opacity="0.85"');
      for (let k = 0; k < 5; k++)
        if (rand() < 0.6)
          sky += rect(
            bx + 4 + rand() * (bw - 10),
            640 - bh + rand() * (bh - 30),
            4,
            5,
            '#ffd98a',
            'opacity="0.8"',
          );
    }
    b.push(`<g>${sky}</g>`);
    b.push(
      rect(wx - 8, 100, 206, 12, '#2a1c26'),
      rect(wx - 8, 626, 206, 12, '#2a1c26'),
      rect(wx + 91, 110, 8, 520, '#2a1c26'),
      rect(wx - 8, 100, 10, 538, '#2a1c26'),
      rect(wx + 188, 100, 10, 538, '#2a1c26'),
    );
  }
  // The back bar: shelves of bottles behind a warm-lit counter.
  b.push(rect(560, 300, 800, 420, '#3a2630'));
  b.push(rect(580, 320, 760, 380, '#ffcf8a', 'opacity="0.12"'));
  const bottleColors = ['#6b8a5a', '#a7643a', '#d9b36a', '#5a6f8f', '#8a3b4c', '#c9c2a8'];
  for (const sy of [430, 560]) {
    b.push(rect(576, sy, 768, 10, '#6b4a3a'));
    let x = 600;
    while (x < 1320) {
      const bw = 16 + rand() * 12;
      const bh = 60 + rand() * 50;
      const c = bottleColors[Math.floor(rand() * bottleColors.length)] ?? '#6b8a5a';
      b.push(
        path(
          `M${n(x)} ${sy}v${n(-bh * 0.65)}q0 -14 ${n(bw * 0.35)} -20v${n(-bh * 0.2)}h${n(bw * 0.3)}v${n(bh * 0.2)}q${n(bw * 0.35)} 6 ${n(bw * 0.35)} 20v${n(bh * 0.65)}Z`,
          c,
          'opacity="0.9"',
        ),
      );
      x += bw + 8 + rand() * 16;
    }
  }
  // Counter.
  b.push(rect(500, 700, 920, 18, '#c99a6a'));
  b.push(rect(510, 718, 900, 130, 'url(#bar)'));
  for (let x = 540; x < 1400; x += 90) b.push(rect(x, 730, 4, 108, '#ffffff', 'opacity="0.06"'));
  for (let i = 0; i < 9; i++)
    b.push(
      wineGlass(
        560 + i * 100 + rand() * 30,
        700,
        1,
        rand() < 0.5 ? '#b0404f' : rand() < 0.5 ? '#e8d27a' : null,
      ),
    );
  // Floor.
  b.push(rect(0, 840, W, 240, 'url(#floor)'));
  b.push(ellipse(960, 860, 700, 40, '#ffcf8a', 'opacity="0.12"'));
  // Pendant lamps over the bar.
  for (let i = 0; i < 5; i++)
    b.push(pendant(660 + i * 150, 0, 200 + (i % 2) * 30, '#2f2026', 'glow'));
  // String lights along the top.
  let lights = `<path d="M0 60Q480 130 960 70T1920 60" fill="none" stroke="#2b1f24" stroke-width="2" opacity="0.6"/>`;
  for (let i = 0; i <= 32; i++) {
    const t = i / 32;
    const x = t * W;
    const y =
      t < 0.5
        ? 60 + Math.sin(t * 2 * Math.PI) * 0 + (1 - Math.abs(t * 4 - 1)) * 36 + 10
        : 70 + (1 - Math.abs(t * 4 - 3)) * -8 + 6;
    lights += circle(x, y, 14, 'url(#glow)') + circle(x, y, 4, '#ffe6b0');
  }
  b.push(lights);
  // Guests: a far row by the bar (small, pale), then groups at the sides (larger, darker).
  const far = mix('#6a4646', '#2a1c2a', 0.35);
  const mid = mix('#5a3a44', '#1d1220', 0.4);
  const near = '#2a1a26';
  for (const [x, s] of [
    [620, 0.72],
    [700, 0.68],
    [1230, 0.7],
    [1300, 0.74],
  ] as const)
    b.push(guest(x, 860, s, far, rand, x < 960 ? 1 : -1));
  // Standing tables with white cloths.
  const table = (x: number, y: number, s: number): string =>
    standingTable(x, y, s, {
      cloth: '#efe6da',
      top: '#fbf5ec',
      fold: '#d9cbbb',
      wines: ['#b0404f', '#e8d27a'],
    });
  for (const [x, s] of [
    [210, 0.85],
    [470, 0.9],
    [1460, 0.88],
    [1720, 0.84],
  ] as const)
    b.push(guest(x, 900, s, mid, rand, x < 960 ? 1 : -1));
  b.push(table(330, 940, 1.1), table(1600, 950, 1.1));
  for (const [x, s] of [
    [80, 1.25],
    [1860, 1.3],
  ] as const)
    b.push(guest(x, 1120, s, near, rand, x < 960 ? 1 : -1));
  b.push(rect(0, 0, W, H, 'url(#vignette)'));
  return document(defs, b.join(''));
}
