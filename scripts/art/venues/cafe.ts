/**
 * The café, for a one-on-one coffee: a tiled counter with an espresso machine and a pastry case in the
 * centre, a chalkboard menu above, cone lamps, a window with plants, and small round tables in front.
 * Warm terracotta and cream, a touch brighter than the reception: daytime, relaxed.
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
  pendant,
  radial,
  rect,
  seededRandom,
  W,
} from '../svg.ts';

function table(x: number, y: number, s: number): string {
  return (
    ellipse(x, y - 150 * s, 110 * s, 20 * s, '#5a3d33') +
    ellipse(x, y - 155 * s, 110 * s, 20 * s, '#8a5a3c') +
    rect(x - 6 * s, y - 150 * s, 12 * s, 150 * s, '#3b2a2a') +
    ellipse(x, y, 50 * s, 10 * s, '#3b2a2a') +
    // A cup and saucer.
    ellipse(x - 30 * s, y - 160 * s, 26 * s, 6 * s, '#fbf8f2') +
    path(
      `M${n(x - 46 * s)} ${n(y - 190 * s)}h${n(32 * s)}v${n(18 * s)}q${n(-16 * s)} ${n(14 * s)} ${n(-32 * s)} 0Z`,
      '#fbf8f2',
    ) +
    path(
      `M${n(x - 14 * s)} ${n(y - 186 * s)}q${n(12 * s)} 0 ${n(10 * s)} ${n(10 * s)}`,
      'none',
      `stroke="#fbf8f2" stroke-width="${n(5 * s)}"`,
    )
  );
}

function chair(x: number, y: number, s: number, facing: 1 | -1): string {
  const back = x - facing * 46 * s;
  return (
    rect(x - 50 * s, y - 110 * s, 100 * s, 14 * s, '#3b2a2a', 'rx="4"') +
    rect(back - 5 * s, y - 230 * s, 10 * s, 230 * s, '#3b2a2a') +
    rect(x + facing * 44 * s - 5 * s, y - 100 * s, 10 * s, 100 * s, '#3b2a2a') +
    path(
      `M${n(back - 5 * s)} ${n(y - 230 * s)}q${n(facing * 50 * s)} -10 ${n(facing * 60 * s)} ${n(20 * s)}v${n(12 * s)}q${n(-facing * 20 * s)} -16 ${n(-facing * 60 * s)} ${n(-10 * s)}Z`,
      '#3b2a2a',
    )
  );
}

export function cafe(): string {
  const rand = seededRandom(0xcafe);
  const defs =
    linear('wall', [
      [0, '#e9d6c0'],
      [1, '#dcc1a4'],
    ]) +
    linear('floor', [
      [0, '#9a6a4e'],
      [1, '#6e4a3a'],
    ]) +
    linear('glass', [
      [0, '#bfe0e6'],
      [1, '#f3ead8'],
    ]) +
    linear(
      'chrome',
      [
        [0, '#e6e3df'],
        [0.5, '#b9b4ae'],
        [1, '#8f8983'],
      ],
      false,
    ) +
    radial('glow', '#ffd59a', 0.5) +
    radial('sun', '#fff3d6', 0.55);
  const b: string[] = [];
  b.push(rect(0, 0, W, H, 'url(#wall)'));
  // Window on the left with daylight and plants on the sill.
  b.push(rect(60, 170, 360, 470, 'url(#glass)'), circle(200, 260, 220, 'url(#sun)'));
  b.push(
    rect(52, 162, 376, 14, '#5a3d33'),
    rect(52, 632, 376, 20, '#5a3d33'),
    rect(234, 170, 10, 470, '#5a3d33'),
    rect(52, 162, 12, 486, '#5a3d33'),
    rect(416, 162, 12, 486, '#5a3d33'),
  );
  for (const px of [120, 330]) {
    b.push(path(`M${px - 26} 632h52l-6 -40h-40Z`, '#c0654a'));
    for (let i = 0; i < 7; i++)
      b.push(
        ellipse(
          px - 30 + i * 10,
          570 - (i % 3) * 18,
          14,
          30,
          i % 2 ? '#4f8a5b' : '#3f7350',
          `transform="rotate(${-40 + i * 13} ${px - 30 + i * 10} ${570 - (i % 3) * 18})"`,
        ),
      );
  }
  // Tiled splashback behind the counter.
  b.push(rect(500, 220, 1380, 430, '#f3ece2'));
  let tiles = '';
  for (let y = 230; y < 650; y += 34)
    for (let x = 500 + ((y / 34) % 2) * 36; x < 1880; x += 72)
      tiles += rect(x, y, 66, 28, '#e8dccd', 'rx="3"');
  b.push(tiles);
  // Chalkboard menu.
  b.push(
    rect(740, 120, 440, 220, '#5a3d33', 'rx="8"'),
    rect(756, 136, 408, 188, '#2f3a36', 'rx="4"'),
  );
  for (let i = 0; i < 5; i++)
    b.push(
      rect(790, 176 + i * 28, 180 + rand() * 80, 6, '#e8e2d6', 'rx="3" opacity="0.7"'),
      rect(1080, 176 + i * 28, 50, 6, '#e8c77a', 'rx="3" opacity="0.8"'),
    );
  b.push(rect(880, 150, 160, 10, '#e8e2d6', 'rx="5"'));
  // Shelf with jars and cups.
  b.push(rect(1300, 330, 480, 12, '#8a5a3c'));
  for (let i = 0; i < 8; i++) {
    const x = 1320 + i * 58;
    b.push(
      i % 3 === 0
        ? path(`M${x} 330v-60q0 -10 10 -10h24q10 0 10 10v60Z`, '#d9b36a', 'opacity="0.85"') +
            rect(x + 4, 252, 36, 10, '#5a3d33', 'rx="3"')
        : path(`M${x} 330l4 -40h36l4 40Z`, i % 2 ? '#fbf8f2' : '#2f7872'),
    );
  }
  // Counter with the espresso machine and a pastry case.
  b.push(rect(480, 640, 1420, 24, '#c99a6a'));
  b.push(rect(500, 664, 1380, 220, '#7a4e38'));
  for (let x = 520; x < 1880; x += 46) b.push(rect(x, 680, 30, 190, '#8a5a42', 'rx="4"'));
  // Espresso machine.
  b.push(
    rect(760, 470, 340, 170, 'url(#chrome)', 'rx="14"'),
    rect(760, 452, 340, 26, '#c0654a', 'rx="10"'),
  );
  b.push(
    rect(784, 500, 292, 46, '#a8a29b', 'rx="8"'),
    circle(860, 523, 14, '#f3ece2'),
    circle(1000, 523, 14, '#f3ece2'),
  );
  for (const gx of [850, 1010])
    b.push(
      rect(gx - 26, 560, 52, 22, '#4a4540', 'rx="6"'),
      rect(gx - 40, 572, 26, 12, '#3a3530', 'rx="5"'),
      path(`M${gx - 18} 640h36l-4 -30h-28Z`, '#fbf8f2'),
    );
  b.push(
    path(
      'M1090 500q40 10 34 120',
      'none',
      'stroke="#8f8983" stroke-width="8" stroke-linecap="round"',
    ),
  );
  for (let i = 0; i < 4; i++) b.push(path(`M${800 + i * 20} 452v-24h16v24Z`, '#fbf8f2'));
  // Pastry case.
  b.push(
    rect(1300, 500, 380, 140, '#dceff0', 'opacity="0.75" rx="8"'),
    rect(1300, 566, 380, 6, '#ffffff', 'opacity="0.9"'),
  );
  for (let i = 0; i < 6; i++)
    b.push(
      path(`M${1322 + i * 60} 560q24 -34 48 0Z`, '#d9a35a'),
      ellipse(1346 + i * 60, 626, 22, 10, i % 2 ? '#b86a3a' : '#e8c07a'),
    );
  // Cups stacked by the till.
  for (let i = 0; i < 3; i++)
    b.push(path(`M${600 + i * 4} ${640 - i * 22}h56l-6 -22h-44Z`, i % 2 ? '#f3ece2' : '#fbf8f2'));
  // Two customers waiting at the counter.
  b.push(
    guest(1780, 905, 0.78, '#8a6656', rand, -1, 'cup'),
    guest(1690, 900, 0.74, '#95705e', rand, -1, 'cup'),
  );
  // Cone lamps.
  for (const x of [640, 960, 1280, 1600]) b.push(pendant(x, 0, 96, '#2f7872', 'glow', 1.1));
  // Floor and the front tables.
  b.push(rect(0, 880, W, 200, 'url(#floor)'));
  for (let x = 0; x < W; x += 120) b.push(rect(x, 880, 2, 200, '#5a3d33', 'opacity="0.35"'));
  b.push(
    chair(140, 1080, 1.1, 1),
    table(330, 1070, 1.2),
    chair(1720, 1080, 1.1, -1),
    table(1560, 1070, 1.2),
  );
  b.push(ellipse(960, 1060, 900, 60, '#3b2a2a', 'opacity="0.18"'));
  return document(defs, b.join(''));
}
