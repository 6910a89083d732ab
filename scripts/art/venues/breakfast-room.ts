/**
 * The breakfast meeting room: a networking breakfast before work. A projector screen with the club's
 * first slide, a buffet along the back (coffee urns, croissants, fruit, juice), a wide window with the
 * morning light, and the edge of the meeting table in front. Light sage and peach: early and fresh.
 */
import {
  circle,
  guest,
  document,
  ellipse,
  H,
  linear,
  path,
  radial,
  rect,
  seededRandom,
  W,
} from '../svg.ts';

export function breakfastRoom(): string {
  const rand = seededRandom(0xb7eaf);
  const defs =
    linear('wall', [
      [0, '#e4e6da'],
      [1, '#d5d8c8'],
    ]) +
    linear('sky', [
      [0, '#a9cbe0'],
      [0.7, '#f6d8b8'],
      [1, '#f9c9a0'],
    ]) +
    linear('floor', [
      [0, '#a39482'],
      [1, '#7d7060'],
    ]) +
    linear('table', [
      [0, '#b08560'],
      [1, '#8a6244'],
    ]) +
    radial('sun', '#fff0cf', 0.7) +
    '<clipPath id="win"><rect x="40" y="140" width="420" height="520"/></clipPath>';
  const b: string[] = [];
  b.push(rect(0, 0, W, H, 'url(#wall)'));
  b.push(rect(0, 0, W, 70, '#f1f2ea'));
  for (let x = 120; x < W; x += 360) b.push(rect(x, 22, 200, 30, '#fffdf5', 'rx="4"'));
  // Window with the morning outside.
  b.push(rect(40, 140, 420, 520, 'url(#sky)'), circle(250, 560, 260, 'url(#sun)'));
  let trees = '';
  for (let i = 0; i < 5; i++)
    trees += ellipse(60 + i * 100, 660, 80, 40 + rand() * 40, '#8fb08a', 'opacity="0.8"');
  b.push(`<g clip-path="url(#win)">${trees}</g>`);
  b.push(
    rect(32, 132, 436, 14, '#f7f6f0'),
    rect(32, 654, 436, 18, '#f7f6f0'),
    rect(244, 140, 12, 520, '#f7f6f0'),
    rect(32, 132, 12, 540, '#f7f6f0'),
    rect(456, 132, 12, 540, '#f7f6f0'),
  );
  // Projector screen with a first slide.
  b.push(rect(680, 92, 560, 16, '#5a5a58', 'rx="6"'));
  b.push(rect(700, 108, 520, 330, '#fbfbf7'), rect(700, 430, 520, 8, '#d9d9d2'));
  b.push(
    rect(740, 140, 230, 22, '#2f7872', 'rx="4"'),
    rect(740, 176, 160, 10, '#9aa39a', 'rx="5"'),
  );
  for (let i = 0; i < 3; i++)
    b.push(
      circle(748, 224 + i * 40, 6, '#cf9436'),
      rect(764, 219 + i * 40, 150 + rand() * 60, 10, '#b8beb5', 'rx="5"'),
    );
  const bars = [70, 110, 90, 150];
  bars.forEach((h, i) =>
    b.push(rect(1010 + i * 44, 380 - h, 30, h, i === 3 ? '#c0654a' : '#7fa7a3', 'rx="3"')),
  );
  b.push(rect(1000, 380, 190, 4, '#9aa39a'));
  // A whiteboard and a plant on the right.
  b.push(rect(1420, 170, 380, 250, '#fbfbf7', 'rx="6"'), rect(1420, 410, 380, 10, '#c9c9c0'));
  b.push(
    path(
      'M1460 230q60 -30 120 0t120 0',
      'none',
      'stroke="#5f84ad" stroke-width="6" stroke-linecap="round"',
    ),
  );
  b.push(
    path(
      'M1460 300h180M1460 340h120',
      'none',
      'stroke="#c0654a" stroke-width="6" stroke-linecap="round"',
    ),
  );
  // Floor.
  b.push(rect(0, 700, W, 380, 'url(#floor)'));
  b.push(ellipse(960, 812, 660, 22, '#5f5a4e', 'opacity="0.3"'));
  // Early guests by the buffet, helping themselves to coffee.
  b.push(
    guest(270, 820, 0.66, '#a9ad9e', rand, 1, 'cup'),
    guest(1640, 815, 0.64, '#a3a797', rand, -1, 'cup'),
    guest(1760, 825, 0.68, '#9ea292', rand, -1, 'cup'),
  );
  // The buffet along the back wall.
  b.push(rect(360, 640, 1200, 20, '#fbfbf7'));
  b.push(path('M370 660h1180l-10 150h-1160Z', '#f3f1ea'));
  for (let x = 420; x < 1540; x += 110)
    b.push(path(`M${x} 660q20 60 0 150`, 'none', 'stroke="#e2dfd4" stroke-width="4"'));
  // Coffee urns.
  for (const x of [460, 580]) {
    b.push(
      rect(x - 40, 470, 80, 160, '#b9b4ae', 'rx="10"'),
      rect(x - 44, 460, 88, 20, '#6f6a64', 'rx="8"'),
      rect(x - 10, 600, 20, 16, '#3d4250'),
      rect(x - 48, 630, 96, 12, '#6f6a64', 'rx="5"'),
    );
    b.push(rect(x - 30, 490, 8, 100, '#ffffff', 'opacity="0.35" rx="4"'));
  }
  // Cups and saucers.
  for (let i = 0; i < 6; i++)
    b.push(
      ellipse(680 + (i % 3) * 44, 640 - Math.floor(i / 3) * 26, 20, 5, '#ffffff'),
      path(`M${668 + (i % 3) * 44} ${634 - Math.floor(i / 3) * 26}h24v-16h-24Z`, '#ffffff'),
    );
  // Croissant basket.
  b.push(path('M860 640h180l-16 -46h-148Z', '#b5834f'));
  for (let i = 0; i < 5; i++)
    b.push(path(`M${872 + i * 30} 602q16 -30 34 0q-17 8 -34 0Z`, i % 2 ? '#e0a352' : '#d18f3d'));
  // Fruit bowl.
  b.push(path('M1090 610h160q-10 32 -80 32t-80 -32Z', '#2f7872'));
  const fruit = ['#e0643c', '#d9a329', '#8cb04a', '#c0392b', '#e8c74a'];
  for (let i = 0; i < 8; i++)
    b.push(
      circle(
        1110 + i * 17 + rand() * 6,
        604 - (i % 2) * 14,
        15,
        fruit[i % fruit.length] ?? '#e0643c',
      ),
    );
  // Juice jugs and glasses.
  for (const [x, c] of [
    [1320, '#f2a33a'],
    [1420, '#e86a5a'],
  ] as const) {
    b.push(
      path(`M${x - 26} 640v-80q0 -16 10 -24h32q10 8 10 24v80Z`, '#ffffff', 'opacity="0.6"'),
      path(`M${x - 24} 638v-60h48v60Z`, c, 'opacity="0.85"'),
    );
  }
  for (let i = 0; i < 4; i++)
    b.push(rect(1470 + i * 22, 612, 16, 28, '#ffffff', 'opacity="0.6" rx="2"'));
  // The meeting table edge in front, with cups and a notebook.
  b.push(path('M-40 1080L120 900H1800L1960 1080Z', 'url(#table)'));
  b.push(path('M120 900H1800L1812 914H108Z', '#c49a72'));
  b.push(ellipse(420, 960, 44, 10, '#ffffff'), path('M394 952h52v-30q-26 -8 -52 0Z', '#ffffff'));
  b.push(
    rect(1380, 930, 180, 120, '#2f4a6d', 'rx="6" transform="rotate(-6 1470 990)"'),
    rect(1392, 942, 156, 96, '#f7f5f1', 'rx="3" transform="rotate(-6 1470 990)"'),
  );
  b.push(
    path('M1600 960l110 -30', 'none', 'stroke="#c0654a" stroke-width="7" stroke-linecap="round"'),
  );
  return document(defs, b.join(''));
}
