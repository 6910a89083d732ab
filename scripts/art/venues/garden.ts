/**
 * The garden: a summer drink in the walled garden of an old town house (the-referral opens at the
 * Hof van Busleyden in Mechelen). A June evening, still light: a brick facade with a stepped gable and
 * stone bands, an arcade across the centre third with the bar lit under its arches, lime trees at both
 * sides with string lights between them, a fountain, guests on pale gravel, and a string quartet by
 * the left tree.
 * The arcade and its bar sit in the centre third, so a portrait phone crop still reads as "a drink
 * in a garden".
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
  radial,
  rect,
  seededRandom,
  standingTable,
  W,
  wineGlass,
} from '../svg.ts';

/** Where the gravel meets the facade. */
const GROUND = 790;

/** The gravel's tile: light and dark stones, scattered. */
function stones(rand: () => number): string {
  let out = '';
  for (let i = 0; i < 12; i++)
    out += ellipse(
      rand() * 60,
      rand() * 34,
      1 + rand() * 2,
      0.8 + rand() * 1,
      i % 2 ? '#8f7a5c' : '#f3e8d4',
      'opacity="0.5"',
    );
  return out;
}

export function garden(): string {
  const rand = seededRandom(0x9a4de);
  const defs =
    linear('sky', [
      [0, '#7fa6c9'],
      [0.55, '#c9cfd0'],
      [1, '#f2c98e'],
    ]) +
    linear('brick', [
      [0, '#a4533b'],
      [1, '#8a4332'],
    ]) +
    linear('gravel', [
      [0, '#d8c6a6'],
      [1, '#b49c7a'],
    ]) +
    linear('arch', [
      [0, '#4a2e22'],
      [1, '#6e4630'],
    ]) +
    linear('roof', [
      [0, '#4b5563'],
      [1, '#5d6673'],
    ]) +
    radial('bulb', '#fff1c4', 0.55) +
    `<g id="lamp">${circle(0, 0, 12, 'url(#bulb)')}${circle(0, 0, 3.5, '#fff4d0')}</g>` +
    `<pattern id="courses" width="40" height="18" patternUnits="userSpaceOnUse"><rect y="16" width="40" height="1.5" fill="#6e3426" opacity="0.25"/></pattern>` +
    `<pattern id="stones" width="60" height="34" patternUnits="userSpaceOnUse">${stones(rand)}</pattern>` +
    radial('barglow', '#ffd28a', 0.5) +
    `<radialGradient id="vignette" cx="0.5" cy="0.45" r="0.78"><stop offset="0.62" stop-color="#2a2418" stop-opacity="0"/><stop offset="1" stop-color="#2a2418" stop-opacity="0.4"/></radialGradient>`;

  const b: string[] = [];
  b.push(rect(0, 0, W, GROUND, 'url(#sky)'));
  // A few high, thin clouds lit from below by the low sun.
  for (const [x, y, w] of [
    [260, 120, 260],
    [1380, 90, 320],
    [900, 60, 200],
  ] as const)
    b.push(ellipse(x, y, w, 14, '#fbe9d0', 'opacity="0.55"'));

  // The house: a slate roof between gables, the brick front, stone bands and tall windows.
  b.push(path(`M300 330L420 210H1500L1620 330Z`, 'url(#roof)'));
  // The stepped gable over the middle, and a smaller one at each end.
  const gable = (cx: number, half: number, top: number, base: number, steps: number): string => {
    const stepW = half / (steps + 0.5);
    const stepH = (base - top) / steps;
    let d = `M${n(cx - half)} ${n(base)}`;
    for (let i = 0; i < steps; i++) {
      const x = cx - half + i * stepW;
      d += `V${n(base - (i + 1) * stepH)}H${n(x + stepW)}`;
    }
    d += `H${n(cx + half - steps * stepW)}`;
    for (let i = steps - 1; i >= 0; i--) {
      const x = cx + half - i * stepW;
      d += `V${n(base - i * stepH)}H${n(x)}`;
    }
    d += 'Z';
    return (
      path(d, 'url(#brick)') +
      // Stone copings on each step.
      Array.from({ length: steps }, (_, i) => {
        const y = base - (i + 1) * stepH;
        return (
          rect(cx - half + i * stepW - 4, y - 6, stepW + 8, 8, '#e6dcc8') +
          rect(cx + half - (i + 1) * stepW - 4, y - 6, stepW + 8, 8, '#e6dcc8')
        );
      }).join('')
    );
  };
  b.push(gable(960, 230, 110, 340, 5), gable(380, 120, 230, 340, 3), gable(1540, 120, 230, 340, 3));
  b.push(rect(300, 330, 1320, GROUND - 330, 'url(#brick)'));
  // Brick courses: faint horizontal lines.
  b.push(rect(300, 340, 1320, GROUND - 340, 'url(#courses)'));
  // Stone bands along the floors.
  for (const y of [338, 496]) b.push(rect(296, y, 1328, 12, '#e6dcc8'));
  // Upper windows with stone crosses, between the bands; a round window in the main gable.
  // One window, drawn once and placed eight times.
  const window =
    rect(-6, -6, 82, 112, '#e6dcc8') +
    rect(0, 0, 70, 100, '#5b6f86') +
    rect(0, 0, 70, 45, '#a9c0d4', 'opacity="0.6"') +
    rect(32, 0, 6, 100, '#e6dcc8') +
    rect(0, 38, 70, 6, '#e6dcc8');
  b.push(`<g id="window" transform="translate(360 372)">${window}</g>`);
  for (let i = 1; i < 8; i++) b.push(`<use href="#window" x="${i * 160}"/>`);
  b.push(circle(960, 250, 40, '#e6dcc8'), circle(960, 250, 30, '#5b6f86'));
  b.push(rect(957, 220, 6, 60, '#e6dcc8'), rect(930, 247, 60, 6, '#e6dcc8'));

  // The arcade across the middle: five arches, the bar lit beneath them.
  const archTop = 530;
  const archW = 132;
  const left = 960 - (5 * archW + 4 * 24) / 2;
  b.push(rect(left - 30, archTop - 10, 5 * archW + 4 * 24 + 60, GROUND - archTop + 10, '#e6dcc8'));
  for (let i = 0; i < 5; i++) {
    const x = left + i * (archW + 24);
    const r = archW / 2;
    b.push(
      path(
        `M${n(x)} ${GROUND}V${n(archTop + r)}A${n(r)} ${n(r)} 0 0 1 ${n(x + archW)} ${n(archTop + r)}V${GROUND}Z`,
        'url(#arch)',
      ),
    );
    b.push(circle(x + r, archTop + r + 20, 110, 'url(#barglow)'));
    // A small lamp hanging in each arch.
    b.push(
      rect(x + r - 1, archTop + 6, 2, 44, '#2b1f18'),
      circle(x + r, archTop + 54, 7, '#ffe6b0'),
    );
  }
  // The bar counter under the arches, with glasses and bottles.
  b.push(rect(left - 6, GROUND - 112, 5 * archW + 4 * 24 + 12, 12, '#d9c3a0'));
  b.push(rect(left, GROUND - 100, 5 * archW + 4 * 24, 100, '#5a3a28'));
  for (let i = 0; i < 7; i++)
    b.push(
      wineGlass(
        left + 40 + i * 108 + rand() * 30,
        GROUND - 112,
        0.9,
        rand() < 0.5 ? '#f0dc8a' : rand() < 0.5 ? '#c9485a' : null,
      ),
    );

  // The gravel, with its speckle and the long shadows of a low sun.
  b.push(rect(0, GROUND, W, H - GROUND, 'url(#gravel)'));
  // Its stones: one small tile of speckle, repeated.
  b.push(rect(0, GROUND, W, H - GROUND, 'url(#stones)'));

  // Lime trees at both sides, in front of the house's ends.
  const tree = (x: number, trunkH: number, s: number, facing: 1 | -1): string => {
    let out = path(
      `M${n(x - 20 * s)} ${GROUND + 40}Q${n(x - 10 * s)} ${n(GROUND - trunkH * 0.5)} ${n(x + facing * 10 * s)} ${n(GROUND - trunkH)}L${n(x + facing * 34 * s)} ${n(GROUND - trunkH)}Q${n(x + 18 * s)} ${n(GROUND - trunkH * 0.5)} ${n(x + 24 * s)} ${GROUND + 40}Z`,
      '#4a3a2c',
    );
    let leaves = '';
    for (let i = 0; i < 12; i++) {
      const a = rand() * Math.PI * 2;
      const d = rand() * 190 * s;
      const cx = x + facing * 20 * s + Math.cos(a) * d;
      const cy = GROUND - trunkH - 120 * s + Math.sin(a) * d * 0.7;
      const r = (90 + rand() * 70) * s;
      leaves += circle(cx, cy, r, mix('#3f5a2e', '#6f8f45', rand()));
    }
    out += `<g opacity="0.95">${leaves}</g>`;
    let light = '';
    for (let i = 0; i < 14; i++) {
      const a = rand() * Math.PI * 2;
      const d = rand() * 220 * s;
      light += circle(
        x + facing * 20 * s + Math.cos(a) * d,
        GROUND - trunkH - 160 * s + Math.sin(a) * d * 0.6,
        (24 + rand() * 30) * s,
        '#a8c070',
      );
    }
    out += `<g opacity="0.35">${light}</g>`;
    return out;
  };
  b.push(tree(150, 360, 1.2, 1), tree(1780, 380, 1.25, -1));

  // String lights between the trees, looping in front of the house; still faint in daylight.
  let lights = `<path d="M120 300Q540 420 960 360T1800 300" fill="none" stroke="#3b3328" stroke-width="2" opacity="0.55"/>`;
  for (let i = 0; i <= 24; i++) {
    const t = i / 24;
    // The same two quadratic curves as the wire: the lamps hang on it.
    const curve = (a: number, c: number, e: number, u: number): number =>
      (1 - u) * (1 - u) * a + 2 * (1 - u) * u * c + u * u * e;
    const [x, y] =
      t < 0.5
        ? [curve(120, 540, 960, t * 2), curve(300, 420, 360, t * 2)]
        : [curve(960, 1380, 1800, t * 2 - 1), curve(360, 300, 300, t * 2 - 1)];
    lights += `<use href="#lamp" x="${n(x)}" y="${n(y + 6)}"/>`;
  }
  b.push(lights);

  // Guests: a far row by the bar (small, hazy), groups at the sides, two close by at the edges.
  const far = mix('#9a7a68', '#c9c2b8', 0.35);
  const mid = mix('#5e5048', '#8a7a6a', 0.3);
  const near = '#3a3028';
  for (const [x, s] of [
    [600, 0.42],
    [650, 0.4],
    [1310, 0.42],
  ] as const)
    b.push(guest(x, GROUND + 24, s, far, rand, x < 960 ? 1 : -1));

  // The fountain (the story's people look across to it): a stone basin, a column and a small bowl.
  const fx = 1120;
  const fy = GROUND + 56;
  b.push(
    path(`M${fx - 120} ${fy - 24}V${fy}a120 20 0 0 0 240 0V${fy - 24}Z`, '#cfc3ae'),
    ellipse(fx, fy - 24, 120, 20, '#e6dcc8'),
    ellipse(fx, fy - 23, 108, 15, '#8aa4b4'),
    rect(fx - 8, fy - 120, 16, 96, '#d9cfbd'),
    ellipse(fx, fy - 120, 40, 9, '#e6dcc8'),
    path(
      `M${fx - 4} ${fy - 124}q-30 -40 -60 96M${fx + 4} ${fy - 124}q30 -40 60 96`,
      'none',
      'stroke="#f4fbff" stroke-width="3" opacity="0.7"',
    ),
  );

  // The string quartet by the left tree: four chairs, a cello among the violins.
  const player = (x: number, s: number, cello: boolean): string => {
    const y = GROUND + 60;
    const c = mix(mid, '#2c2620', 0.4);
    let out = rect(x - 22 * s, y - 110 * s, 44 * s, 8 * s, c); // the seat
    out +=
      rect(x - 20 * s, y - 102 * s, 5 * s, 102 * s, c) +
      rect(x + 15 * s, y - 102 * s, 5 * s, 102 * s, c);
    out += path(
      `M${n(x - 24 * s)} ${n(y - 112 * s)}Q${n(x - 28 * s)} ${n(y - 210 * s)} ${n(x)} ${n(y - 230 * s)}Q${n(x + 28 * s)} ${n(y - 210 * s)} ${n(x + 24 * s)} ${n(y - 112 * s)}Z`,
      c,
    );
    out += circle(x, y - 256 * s, 22 * s, c);
    out += path(
      `M${n(x - 6 * s)} ${n(y - 112 * s)}L${n(x + 40 * s)} ${n(y - 106 * s)}L${n(x + 44 * s)} ${n(y)}L${n(x + 30 * s)} ${n(y)}L${n(x + 26 * s)} ${n(y - 96 * s)}L${n(x - 6 * s)} ${n(y - 96 * s)}Z`,
      c,
    );
    if (cello)
      out +=
        ellipse(x - 28 * s, y - 70 * s, 26 * s, 46 * s, '#7a4a2a') +
        ellipse(x - 28 * s, y - 130 * s, 20 * s, 30 * s, '#7a4a2a') +
        rect(x - 30 * s, y - 230 * s, 4 * s, 110 * s, '#3a2418');
    else
      out +=
        path(
          `M${n(x - 6 * s)} ${n(y - 224 * s)}l${n(46 * s)} ${n(14 * s)}l${n(-6 * s)} ${n(16 * s)}l${n(-46 * s)} ${n(-14 * s)}Z`,
          '#8a5632',
        ) +
        rect(
          x + 10 * s,
          y - 250 * s,
          3 * s,
          90 * s,
          '#e6dcc8',
          'transform="rotate(-25 ' + n(x + 10 * s) + ' ' + n(y - 205 * s) + ')"',
        );
    return out;
  };
  b.push(
    player(330, 0.62, false),
    player(395, 0.62, false),
    player(460, 0.62, false),
    player(520, 0.64, true),
  );

  for (const [x, s] of [
    [1420, 0.82],
    [1660, 0.84],
  ] as const)
    b.push(guest(x, GROUND + 130, s, mid, rand, x < 960 ? 1 : -1));

  // Standing tables in white cloth on the gravel.
  const table = (x: number, y: number, s: number): string =>
    standingTable(x, y, s, {
      cloth: '#f3ede2',
      top: '#fffaf1',
      fold: '#ddd2c2',
      wines: ['#f0dc8a', '#c9485a'],
      shadow: '#6b5a44',
    });
  b.push(table(300, 990, 1.1), table(1640, 1000, 1.1));
  for (const [x, s] of [
    [70, 1.25],
    [1870, 1.3],
  ] as const)
    b.push(guest(x, 1130, s, near, rand, x < 960 ? 1 : -1));
  b.push(rect(0, 0, W, H, 'url(#vignette)'));
  return document(defs, b.join(''));
}
