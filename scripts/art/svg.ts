/**
 * Tiny helpers for writing SVG by hand in code: numbers rounded to one decimal (small, stable files),
 * a seeded random source, and a few shapes the venues share (guests, glasses, lamps). Build-time only.
 */
export { seededRandom } from '../../src/art/look.ts';
export { mix } from '../../src/art/character.ts';

export const W = 1920;
export const H = 1080;

export function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
}

export function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
}

export function circle(x: number, y: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
}

export function ellipse(
  x: number,
  y: number,
  rx: number,
  ry: number,
  fill: string,
  extra = '',
): string {
  return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
}

export function linear(
  id: string,
  stops: readonly (readonly [number, string, number?])[],
  vertical = true,
): string {
  const s = stops
    .map(
      ([o, c, a]) =>
        `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`,
    )
    .join('');
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">${s}</linearGradient>`;
}

export function radial(id: string, color: string, opacity: number): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

export function document(defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" preserveAspectRatio="xMidYMid slice"><defs>${defs}</defs>${body}</svg>\n`;
}

/**
 * A guest seen at a distance: a flat silhouette with head, shoulders, arms and legs, sometimes a
 * glass (or a cup) held at the chest. `s` scales from the feet (x, y is the floor point), so farther
 * guests are just smaller and paler. Each part is its own path: subpaths drawn in opposite
 * directions inside one path would cut holes where they overlap (the neck, the hips).
 */
export function guest(
  x: number,
  y: number,
  s: number,
  fill: string,
  rand: () => number,
  facing: 1 | -1,
  holding: 'glass' | 'cup' = 'glass',
): string {
  const top = y - 520 * s;
  const parts: string[] = [];
  const sh = (50 + rand() * 12) * s; // half the shoulder width
  const waist = sh * 0.72;
  const skirt = rand() < 0.35;
  const Y = (v: number): string => n(top + v * s);
  const X = (v: number): string => n(x + v);
  // Torso with the arms hanging at the sides, down to the hips.
  parts.push(
    `M${X(-sh * 0.3)} ${Y(78)}Q${X(-sh)} ${Y(84)} ${X(-sh)} ${Y(118)}` +
      `L${X(-sh - 4 * s)} ${Y(270)}Q${X(-sh + 2 * s)} ${Y(286)} ${X(-sh + 12 * s)} ${Y(270)}L${X(-waist)} ${Y(200)}` +
      `L${X(-waist - 4 * s)} ${Y(300)}L${X(waist + 4 * s)} ${Y(300)}L${X(waist)} ${Y(200)}` +
      `L${X(sh - 12 * s)} ${Y(270)}Q${X(sh - 2 * s)} ${Y(286)} ${X(sh + 4 * s)} ${Y(270)}` +
      `L${X(sh)} ${Y(118)}Q${X(sh)} ${Y(84)} ${X(sh * 0.3)} ${Y(78)}Z`,
  );
  // Head and neck.
  parts.push(`M${X(-13 * s)} ${Y(50)}h${n(26 * s)}v${n(34 * s)}h${n(-26 * s)}Z`);
  parts.push(
    `M${X(facing * 3 * s - 26 * s)} ${Y(34)}a${n(26 * s)} ${n(31 * s)} 0 1 0 ${n(52 * s)} 0a${n(26 * s)} ${n(31 * s)} 0 1 0 ${n(-52 * s)} 0Z`,
  );
  // Legs, or a skirt and legs.
  if (skirt) {
    parts.push(
      `M${X(-waist - 4 * s)} ${Y(296)}L${X(-waist - 14 * s)} ${Y(400)}L${X(waist + 14 * s)} ${Y(400)}L${X(waist + 4 * s)} ${Y(296)}Z`,
    );
    parts.push(`M${X(-20 * s)} ${Y(398)}h${n(14 * s)}l${n(-2 * s)} ${n(122 * s)}h${n(-12 * s)}Z`);
    parts.push(`M${X(8 * s)} ${Y(398)}h${n(14 * s)}l${n(2 * s)} ${n(122 * s)}h${n(-12 * s)}Z`);
  } else {
    parts.push(
      `M${X(-waist - 4 * s)} ${Y(296)}L${X(-3 * s)} ${Y(296)}L${X(-6 * s)} ${Y(520)}L${X(-waist + 2 * s)} ${Y(520)}Z`,
    );
    parts.push(
      `M${X(waist + 4 * s)} ${Y(296)}L${X(3 * s)} ${Y(296)}L${X(6 * s)} ${Y(520)}L${X(waist - 2 * s)} ${Y(520)}Z`,
    );
  }
  let out = `<g fill="${fill}">${parts.map((d) => `<path d="${d}"/>`).join('')}</g>`;
  if (rand() < 0.4) out += ellipse(x + facing * 3 * s, top + 14 * s, 28 * s, 18 * s, fill);
  if (rand() < 0.5) {
    // A forearm raised to hold a glass at the chest.
    const ex = x + facing * (sh - 2 * s);
    out += path(
      `M${n(ex - 8 * s)} ${Y(190)}L${n(x + facing * 14 * s)} ${Y(150)}L${n(x + facing * 22 * s)} ${Y(168)}L${n(ex + 6 * s)} ${Y(214)}Z`,
      fill,
    );
    out +=
      holding === 'glass'
        ? wineGlass(x + facing * 18 * s, top + 150 * s, s * 0.9, null)
        : rect(
            x + facing * 18 * s - 9 * s,
            top + 134 * s,
            18 * s,
            18 * s,
            '#fbf8f2',
            `rx="${n(3 * s)}"`,
          );
  }
  return out;
}

/** A pendant lamp on a cord with a warm glow around it. */
export function pendant(
  x: number,
  cordTop: number,
  y: number,
  shade: string,
  glowId: string,
  scale = 1,
): string {
  const w = 46 * scale;
  return (
    circle(x, y + 28 * scale, 150 * scale, `url(#${glowId})`) +
    rect(x - 1.5, cordTop, 3, y - cordTop, '#2b1f24', 'opacity="0.6"') +
    path(
      `M${n(x - w)} ${n(y + 34 * scale)}Q${n(x - w)} ${n(y)} ${n(x)} ${n(y)}Q${n(x + w)} ${n(y)} ${n(x + w)} ${n(y + 34 * scale)}Z`,
      shade,
    ) +
    ellipse(x, y + 34 * scale, w * 0.62, 7 * scale, '#fff3cf')
  );
}

/** A stemmed wine glass, drawn on the table at (x, y). */
export function wineGlass(x: number, y: number, s: number, wine: string | null): string {
  const bowl = `M${n(x - 11 * s)} ${n(y - 46 * s)}h${n(22 * s)}q0 ${n(24 * s)} ${n(-11 * s)} ${n(26 * s)}q${n(-11 * s)} ${n(-2 * s)} ${n(-11 * s)} ${n(-26 * s)}Z`;
  return (
    path(bowl, '#ffffff', 'opacity="0.55"') +
    (wine
      ? path(
          `M${n(x - 10 * s)} ${n(y - 34 * s)}h${n(20 * s)}q-2 ${n(12 * s)} ${n(-10 * s)} ${n(13 * s)}q${n(-8 * s)} ${n(-1 * s)} ${n(-10 * s)} ${n(-13 * s)}Z`,
          wine,
        )
      : '') +
    rect(x - 1.2 * s, y - 20 * s, 2.4 * s, 18 * s, '#ffffff', 'opacity="0.55"') +
    ellipse(x, y - 1.5 * s, 8 * s, 2.5 * s, '#ffffff', 'opacity="0.55"')
  );
}

/**
 * A standing table in a white cloth with two glasses on it, seen from the front; (x, y) is where it
 * stands. The colours are the cloth's (front, top, fold) and the two wines; a `shadow` colour lays
 * one on the ground (outdoors, under a low sun).
 */
export function standingTable(
  x: number,
  y: number,
  s: number,
  colors: {
    readonly cloth: string;
    readonly top: string;
    readonly fold: string;
    readonly wines: readonly [string, string];
    readonly shadow?: string;
  },
): string {
  return (
    (colors.shadow
      ? ellipse(x + 30 * s, y + 4 * s, 110 * s, 14 * s, colors.shadow, 'opacity="0.25"')
      : '') +
    path(
      `M${n(x - 60 * s)} ${n(y - 200 * s)}h${n(120 * s)}l${n(20 * s)} ${n(200 * s)}h${n(-160 * s)}Z`,
      colors.cloth,
    ) +
    ellipse(x, y - 200 * s, 66 * s, 14 * s, colors.top) +
    path(
      `M${n(x + 10 * s)} ${n(y - 190 * s)}l${n(40 * s)} ${n(190 * s)}h${n(30 * s)}l${n(-20 * s)} ${n(-190 * s)}Z`,
      colors.fold,
      'opacity="0.6"',
    ) +
    wineGlass(x - 24 * s, y - 202 * s, s, colors.wines[0]) +
    wineGlass(x + 22 * s, y - 204 * s, s, colors.wines[1])
  );
}
