/**
 * The office, the morning after: an open-plan floor in daylight. The assistant's desk (monitor, desk
 * phone, a stack of business cards, a mug) sits just left of centre in front; behind it, rows of desks,
 * plants and a wide window onto the city. Pale and calm, so the characters carry the colour.
 */
import {
  circle,
  guest,
  document,
  ellipse,
  H,
  linear,
  n,
  path,
  radial,
  rect,
  seededRandom,
  W,
} from '../svg.ts';

function plant(x: number, y: number, s: number): string {
  const leaf = (a: number, len: number, c: string): string => {
    const r = (a * Math.PI) / 180;
    const tx = x + Math.sin(r) * len * s;
    const ty = y - 40 * s - Math.cos(r) * len * s;
    const mx = x + Math.sin(r) * len * 0.5 * s;
    const my = y - 40 * s - Math.cos(r) * len * 0.5 * s;
    const ox = Math.cos(r) * 16 * s;
    const oy = Math.sin(r) * 16 * s;
    return path(
      `M${n(x)} ${n(y - 40 * s)}Q${n(mx + ox)} ${n(my + oy)} ${n(tx)} ${n(ty)}Q${n(mx - ox)} ${n(my - oy)} ${n(x)} ${n(y - 40 * s)}Z`,
      c,
    );
  };
  let out = '';
  const angles = [-60, -35, -12, 10, 32, 58, -80, 78];
  angles.forEach((a, i) => (out += leaf(a, 90 + (i % 3) * 24, i % 2 ? '#4f8a5b' : '#3f7350')));
  out += path(
    `M${n(x - 30 * s)} ${n(y - 46 * s)}h${n(60 * s)}l${n(-7 * s)} ${n(46 * s)}h${n(-46 * s)}Z`,
    '#d8cbbb',
  );
  return out;
}

export function office(): string {
  const rand = seededRandom(0x0ff1ce);
  const defs =
    linear('wall', [
      [0, '#efe8df'],
      [1, '#e2d8cc'],
    ]) +
    linear('sky', [
      [0, '#9ec3dc'],
      [1, '#dcebf0'],
    ]) +
    linear('floor', [
      [0, '#c9b59c'],
      [1, '#a8927a'],
    ]) +
    linear('desk', [
      [0, '#d9bf9c'],
      [1, '#c4a682'],
    ]) +
    radial('sun', '#fff6dc', 0.6);
  const b: string[] = [];
  b.push(rect(0, 0, W, H, 'url(#wall)'));
  // Ceiling with light strips.
  b.push(rect(0, 0, W, 90, '#f7f3ee'));
  for (let x = 160; x < W; x += 420)
    b.push(rect(x, 40, 260, 12, '#fffaf0'), rect(x, 52, 260, 4, '#d9d0c4'));
  // The wide window on the right, with a skyline.
  b.push(rect(1060, 150, 820, 560, 'url(#sky)'));
  let city = '';
  for (let x = 1060; x < 1880;) {
    const bw = 50 + rand() * 70;
    const bh = 120 + rand() * 260;
    city += rect(x, 710 - bh, Math.min(bw, 1880 - x), bh, rand() < 0.5 ? '#b8ccd6' : '#a9bfcb');
    for (let wy = 720 - bh; wy < 690; wy += 26)
      city += rect(x + 8, wy, Math.min(bw, 1880 - x) - 16, 8, '#dbe8ee', 'opacity="0.7"');
    x += bw + 8;
  }
  b.push(city);
  b.push(circle(1700, 260, 260, 'url(#sun)'));
  for (const x of [1060, 1330, 1600, 1872]) b.push(rect(x - 4, 150, 12, 560, '#8d8a86'));
  b.push(rect(1052, 142, 836, 14, '#8d8a86'), rect(1052, 704, 836, 14, '#8d8a86'));
  // Back wall: shelves with binders, a clock and a pin board on the left.
  b.push(rect(90, 300, 330, 14, '#b59a7a'), rect(90, 420, 330, 14, '#b59a7a'));
  const binder = ['#c0654a', '#2f7872', '#cf9436', '#5f84ad', '#674a78', '#8c3b4c'];
  for (const sy of [300, 420]) {
    let x = 100;
    while (x < 400) {
      const bw = 18 + rand() * 10;
      b.push(
        rect(
          x,
          sy - 80 - rand() * 10,
          bw,
          90,
          binder[Math.floor(rand() * binder.length)] ?? '#c0654a',
          'rx="2"',
        ),
      );
      x += bw + 3;
    }
  }
  b.push(
    circle(620, 230, 48, '#fbf8f3'),
    circle(620, 230, 48, 'none', 'stroke="#5a4a46" stroke-width="6"'),
  );
  b.push(
    path(
      'M620 230L620 198M620 230L642 242',
      'none',
      'stroke="#5a4a46" stroke-width="5" stroke-linecap="round"',
    ),
  );
  b.push(rect(740, 200, 240, 170, '#c9a27a', 'rx="6"'), rect(752, 212, 216, 146, '#e3c49e'));
  for (let i = 0; i < 6; i++)
    b.push(
      rect(
        764 + (i % 3) * 68,
        224 + Math.floor(i / 3) * 66,
        56,
        48,
        ['#fff2a8', '#f6c9c0', '#cfe3f0'][i % 3] ?? '#fff',
        `transform="rotate(${n(rand() * 8 - 4)} ${764 + (i % 3) * 68 + 28} ${224 + Math.floor(i / 3) * 66 + 24})"`,
      ),
    );
  // Floor.
  b.push(rect(0, 720, W, 360, 'url(#floor)'));
  b.push(path('M0 720H1920', 'none', 'stroke="#b39c82" stroke-width="4"'));
  // Rows of desks in the background, with monitors and low screens.
  const desk = (x: number, y: number, w: number, s: number): string => {
    let d = rect(x, y - 120 * s, w, 80 * s, '#c8d3d4', 'rx="4"'); // partition
    d += rect(x, y - 42 * s, w, 14 * s, '#e7d6bf');
    d +=
      rect(x + 10 * s, y - 28 * s, 8 * s, 28 * s, '#9a8a7a') +
      rect(x + w - 18 * s, y - 28 * s, 8 * s, 28 * s, '#9a8a7a');
    for (let mx = x + 30 * s; mx < x + w - 80 * s; mx += 150 * s) {
      d +=
        rect(mx, y - 110 * s, 80 * s, 52 * s, '#3a3f4a', 'rx="3"') +
        rect(mx + 36 * s, y - 58 * s, 8 * s, 16 * s, '#6a6f7a');
    }
    return d;
  };
  // Colleagues at the far desks, pale with distance.
  b.push(
    guest(300, 770, 0.6, '#b3aca4', rand, 1, 'cup'),
    guest(1560, 770, 0.6, '#aaa39b', rand, -1, 'cup'),
  );
  b.push(desk(80, 760, 420, 1), desk(1260, 760, 560, 1));
  b.push(plant(1000, 740, 1.1), plant(60, 800, 1.2));
  // The assistant's desk, in front, just left of centre.
  b.push(rect(420, 780, 760, 26, '#e7d1b3'));
  b.push(rect(440, 806, 720, 190, 'url(#desk)'));
  b.push(rect(440, 806, 720, 10, '#a88a68', 'opacity="0.5"'));
  b.push(
    rect(470, 840, 200, 120, '#b8997a', 'rx="6"'),
    rect(490, 860, 160, 6, '#8d7052', 'rx="3"'),
    rect(490, 910, 160, 6, '#8d7052', 'rx="3"'),
  );
  // Monitor, keyboard, phone, cards, mug, lamp.
  b.push(
    rect(560, 600, 260, 160, '#2e3440', 'rx="8"'),
    rect(572, 612, 236, 136, '#9fc0d8', 'rx="3"'),
  );
  b.push(
    rect(584, 626, 120, 12, '#ffffff', 'opacity="0.7"'),
    rect(584, 650, 200, 8, '#ffffff', 'opacity="0.45"'),
    rect(584, 668, 170, 8, '#ffffff', 'opacity="0.45"'),
    rect(584, 686, 190, 8, '#ffffff', 'opacity="0.45"'),
  );
  b.push(rect(676, 760, 28, 22, '#4a505c'), rect(640, 776, 100, 8, '#4a505c', 'rx="3"'));
  b.push(path('M590 790h200l10 14h-220Z', '#d8dde3'));
  b.push(path('M860 782h96l8 -34h-112Z', '#3d4250'), rect(848, 742, 120, 16, '#2f333d', 'rx="8"'));
  for (let i = 0; i < 7; i++)
    b.push(
      rect(
        990 + rand() * 6,
        774 - i * 5,
        70,
        40,
        i % 2 ? '#fbf8f2' : '#f2ece2',
        `transform="rotate(${n(rand() * 16 - 8)} 1025 ${790 - i * 5})" rx="3"`,
      ),
    );
  b.push(rect(1000, 738, 50, 8, '#c0654a', 'transform="rotate(-4 1025 742)"'));
  b.push(
    path('M1092 736h40v46q-20 6 -40 0Z', '#2f7872'),
    path('M1132 746q18 0 18 14t-18 14', 'none', 'stroke="#2f7872" stroke-width="6"'),
  );
  b.push(
    path(
      'M470 782l30 -120l60 -30',
      'none',
      'stroke="#3d4250" stroke-width="8" stroke-linecap="round"',
    ),
    path('M530 610l60 -10l10 40l-44 14Z', '#3d4250'),
    ellipse(470, 782, 34, 8, '#3d4250'),
  );
  // Office chair behind the desk.
  b.push(
    rect(1240, 660, 140, 180, '#3d4250', 'rx="30"'),
    rect(1296, 840, 28, 110, '#2f333d'),
    ellipse(1310, 960, 90, 14, '#2f333d'),
  );
  b.push(ellipse(960, 1000, 900, 80, '#8d7660', 'opacity="0.15"'));
  return document(defs, b.join(''));
}
