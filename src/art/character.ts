/**
 * Draws a character, waist up, as an SVG string: one look (look.ts) and one mood. Pure string
 * building with no DOM, so the asset script writes the same files the game could draw at run time
 * for a cast id nobody has generated yet.
 *
 * The style: flat shapes, no outlines, one darker tone of each material for depth, and round-capped
 * strokes of one weight for brows, lids and mouth. Everything is placed on a 400×520 canvas around
 * the head's centre line, so hair, clothes and faces can be swapped without re-drawing the rest.
 */
import type { Mood } from '../story/types.ts';
import type { CharacterLook } from './look.ts';

export const CHARACTER_WIDTH = 400;
export const CHARACTER_HEIGHT = 520;

const CX = 200;
/** One stroke weight for every facial line, so all characters feel drawn by the same hand. */
const LINE = 4.5;
const INK = '#33232b';
const MOUTH = '#5b2631';

/** Rounds to one decimal: the files stay small and identical across platforms. */
function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Mixes `hex` towards `toward` by `t` (0..1). */
export function mix(hex: string, toward: string, t: number): string {
  const a = hexToRgb(hex);
  const b = hexToRgb(toward);
  const c = a.map((x, i) => Math.round(x + ((b[i] ?? 0) - x) * t));
  return '#' + c.map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** The shade tone of a material: towards a warm plum rather than black, so shadows stay friendly. */
function shade(hex: string, t = 0.2): string {
  return mix(hex, '#2a1530', t);
}

function tint(hex: string, t = 0.2): string {
  return mix(hex, '#ffffff', t);
}

/** Where the face sits: everything else is placed relative to these. */
interface Head {
  readonly hw: number; // half width
  readonly top: number;
  readonly chin: number;
  readonly ey: number; // eye line
  readonly ex: number; // half distance between the eyes
}

function headFor(look: CharacterLook): Head {
  const shape =
    look.face === 'round'
      ? { hw: 71, top: 120, chin: 284 }
      : look.face === 'long'
        ? { hw: 62, top: 112, chin: 294 }
        : { hw: 66, top: 116, chin: 288 };
  const ey = shape.top + (shape.chin - shape.top) * 0.53;
  return { ...shape, ey, ex: look.face === 'round' ? 29 : 27 };
}

function headPath(h: Head): string {
  const { hw, top, chin } = h;
  const cheek = top + 84;
  const jaw = cheek + (chin - cheek) * 0.55;
  return (
    `M${CX} ${top}C${n(CX + hw * 0.75)} ${top} ${n(CX + hw)} ${n(top + 38)} ${n(CX + hw)} ${n(cheek)}` +
    `C${n(CX + hw)} ${n(jaw)} ${n(CX + hw * 0.5)} ${chin} ${CX} ${chin}` +
    `C${n(CX - hw * 0.5)} ${chin} ${n(CX - hw)} ${n(jaw)} ${n(CX - hw)} ${n(cheek)}` +
    `C${n(CX - hw)} ${n(top + 38)} ${n(CX - hw * 0.75)} ${top} ${CX} ${top}Z`
  );
}

function shoulderHalf(look: CharacterLook): number {
  return look.build === 'broad' ? 158 : look.build === 'narrow' ? 128 : 143;
}

/** The torso outline, cut off at the bottom of the canvas. */
function torsoPath(s: number): string {
  const b = CHARACTER_HEIGHT;
  return (
    `M${CX - s} ${b}L${CX - s} 408C${CX - s} 364 ${CX - s + 18} 344 ${CX - s + 62} 336` +
    `C${CX - 64} 330 ${CX - 44} 322 ${CX} 322C${CX + 44} 322 ${CX + 64} 330 ${CX + s - 62} 336` +
    `C${CX + s - 18} 344 ${CX + s} 364 ${CX + s} 408L${CX + s} ${b}Z`
  );
}

function hairBack(look: CharacterLook, h: Head): string {
  const { hw, top, ey } = h;
  const L = CX - hw;
  const R = CX + hw;
  const c = look.hairColor;
  const d = shade(c, 0.25);
  switch (look.hair) {
    case 'bob':
      return `<path fill="${d}" d="M${n(L - 18)} ${n(ey + 66)}C${n(L - 26)} ${n(ey - 10)} ${n(L - 14)} ${n(top - 16)} ${CX} ${n(top - 18)}C${n(R + 14)} ${n(top - 16)} ${n(R + 26)} ${n(ey - 10)} ${n(R + 18)} ${n(ey + 66)}C${n(R - 10)} ${n(ey + 76)} ${n(L + 10)} ${n(ey + 76)} ${n(L - 18)} ${n(ey + 66)}Z"/>`;
    case 'long':
      return `<path fill="${d}" d="M${n(L - 20)} 430C${n(L - 34)} 330 ${n(L - 26)} ${n(top)} ${CX} ${n(top - 16)}C${n(R + 26)} ${n(top)} ${n(R + 34)} 330 ${n(R + 20)} 430C${n(CX + 40)} 444 ${n(CX - 40)} 444 ${n(L - 20)} 430Z"/>`;
    case 'bun':
      return `<circle fill="${c}" cx="${CX}" cy="${n(top - 14)}" r="31"/><path fill="none" stroke="${d}" stroke-width="3" stroke-linecap="round" d="M${CX - 18} ${n(top - 26)}Q${CX} ${n(top - 36)} ${CX + 18} ${n(top - 24)}"/>`;
    case 'ponytail':
      return `<path fill="${d}" d="M${n(R - 30)} ${n(top + 20)}C${n(R + 40)} ${n(top + 20)} ${n(R + 44)} ${n(ey + 60)} ${n(R + 22)} ${n(ey + 150)}C${n(R + 8)} ${n(ey + 110)} ${n(R + 6)} ${n(ey + 40)} ${n(R - 20)} ${n(ey)}Z"/>`;
    case 'afro':
      return `<ellipse fill="${c}" cx="${CX}" cy="${n(top + 64)}" rx="${n(hw + 34)}" ry="${n(hw + 26)}"/>`;
    case 'curly':
      return `<ellipse fill="${d}" cx="${CX}" cy="${n(top + 58)}" rx="${n(hw + 14)}" ry="${n(hw + 6)}"/>`;
    default:
      return '';
  }
}

function hairFront(look: CharacterLook, h: Head): string {
  const { hw, top: T, ey } = h;
  const L = CX - hw;
  const R = CX + hw;
  const c = look.hairColor;
  const d = shade(c, 0.22);
  const hl = tint(c, 0.14);
  const p = (path: string, fill = c): string => `<path fill="${fill}" d="${path}"/>`;
  switch (look.hair) {
    case 'short':
      return p(
        `M${n(L + 2)} ${n(ey - 8)}C${n(L - 8)} ${n(T + 30)} ${n(CX - 40)} ${n(T - 14)} ${n(CX + 6)} ${n(T - 12)}` +
          `C${n(CX + 52)} ${n(T - 10)} ${n(R + 10)} ${n(T + 26)} ${n(R - 2)} ${n(ey - 8)}` +
          `C${n(R - 8)} ${n(T + 64)} ${n(R - 16)} ${n(T + 42)} ${n(R - 30)} ${n(T + 36)}` +
          `C${n(CX + 16)} ${n(T + 44)} ${n(CX - 24)} ${n(T + 30)} ${n(CX - 44)} ${n(T + 38)}` +
          `C${n(L + 16)} ${n(T + 46)} ${n(L + 10)} ${n(T + 66)} ${n(L + 2)} ${n(ey - 8)}Z`,
      );
    case 'side-part':
      return (
        p(
          `M${n(L + 2)} ${n(ey - 6)}C${n(L - 12)} ${n(T + 24)} ${n(CX - 46)} ${n(T - 18)} ${n(CX + 4)} ${n(T - 16)}` +
            `C${n(CX + 56)} ${n(T - 14)} ${n(R + 12)} ${n(T + 22)} ${n(R - 2)} ${n(ey - 6)}` +
            `C${n(R - 8)} ${n(T + 62)} ${n(R - 12)} ${n(T + 44)} ${n(R - 26)} ${n(T + 38)}` +
            `C${n(CX + 10)} ${n(T + 30)} ${n(CX - 20)} ${n(T + 20)} ${n(CX - 30)} ${n(T + 14)}` +
            `C${n(CX - 40)} ${n(T + 34)} ${n(L + 12)} ${n(T + 50)} ${n(L + 2)} ${n(ey - 6)}Z`,
        ) +
        `<path fill="none" stroke="${hl}" stroke-width="3" stroke-linecap="round" d="M${n(CX - 22)} ${n(T + 2)}C${n(CX + 10)} ${n(T - 4)} ${n(CX + 40)} ${n(T + 4)} ${n(R - 20)} ${n(T + 22)}"/>`
      );
    case 'buzz':
      return p(
        `M${n(L + 3)} ${n(ey - 10)}C${n(L - 2)} ${n(T + 24)} ${n(CX - 40)} ${n(T - 6)} ${CX} ${n(T - 6)}` +
          `C${n(CX + 40)} ${n(T - 6)} ${n(R + 2)} ${n(T + 24)} ${n(R - 3)} ${n(ey - 10)}` +
          `C${n(R - 10)} ${n(T + 50)} ${n(CX + 30)} ${n(T + 30)} ${CX} ${n(T + 32)}` +
          `C${n(CX - 30)} ${n(T + 30)} ${n(L + 10)} ${n(T + 50)} ${n(L + 3)} ${n(ey - 10)}Z`,
        mix(c, look.skin, 0.25),
      );
    case 'curly': {
      const bumps: string[] = [];
      const count = 9;
      for (let i = 0; i < count; i++) {
        const a = Math.PI * (1.05 + (i / (count - 1)) * 0.9);
        const x = CX + Math.cos(a) * (hw + 4);
        const y = T + 56 + Math.sin(a) * (hw - 2);
        bumps.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${i % 2 ? 22 : 25}"/>`);
      }
      return (
        `<g fill="${c}">${bumps.join('')}` +
        `<path d="M${n(L - 2)} ${n(ey - 12)}C${n(L - 8)} ${n(T - 34)} ${n(R + 8)} ${n(T - 34)} ${n(R + 2)} ${n(ey - 12)}C${n(R - 16)} ${n(T + 26)} ${n(L + 16)} ${n(T + 26)} ${n(L - 2)} ${n(ey - 12)}Z"/></g>` +
        `<g fill="none" stroke="${d}" stroke-width="3" stroke-linecap="round"><path d="M${n(CX - 44)} ${n(T + 6)}a7 7 0 1 1 12 4"/><path d="M${n(CX - 8)} ${n(T - 8)}a7 7 0 1 1 12 4"/><path d="M${n(CX + 28)} ${n(T + 4)}a7 7 0 1 1 12 4"/><path d="M${n(CX - 26)} ${n(T + 20)}a7 7 0 1 1 12 4"/><path d="M${n(CX + 10)} ${n(T + 16)}a7 7 0 1 1 12 4"/></g>`
      );
    }
    case 'bob':
      return (
        p(
          `M${n(L - 12)} ${n(ey + 62)}C${n(L - 18)} ${n(ey - 20)} ${n(L - 8)} ${n(T - 12)} ${n(CX + 4)} ${n(T - 14)}` +
            `C${n(R + 8)} ${n(T - 12)} ${n(R + 18)} ${n(ey - 20)} ${n(R + 12)} ${n(ey + 62)}` +
            `L${n(R - 6)} ${n(ey + 60)}C${n(R - 2)} ${n(ey - 10)} ${n(R - 10)} ${n(T + 40)} ${n(R - 24)} ${n(T + 34)}` +
            `C${n(CX + 10)} ${n(T + 54)} ${n(CX - 40)} ${n(T + 44)} ${n(CX - 46)} ${n(T + 22)}` +
            `C${n(L + 14)} ${n(T + 44)} ${n(L + 2)} ${n(ey)} ${n(L + 6)} ${n(ey + 60)}Z`,
        ) +
        `<path fill="none" stroke="${hl}" stroke-width="3" stroke-linecap="round" d="M${n(CX - 30)} ${n(T + 4)}C${n(CX)} ${n(T - 4)} ${n(CX + 36)} ${n(T + 2)} ${n(R - 10)} ${n(T + 24)}"/>`
      );
    case 'long':
      return p(
        `M${n(L - 12)} ${n(ey + 110)}C${n(L - 20)} ${n(ey - 20)} ${n(L - 8)} ${n(T - 12)} ${CX} ${n(T - 14)}` +
          `C${n(R + 8)} ${n(T - 12)} ${n(R + 20)} ${n(ey - 20)} ${n(R + 12)} ${n(ey + 110)}` +
          `L${n(R - 6)} ${n(ey + 90)}C${n(R + 2)} ${n(ey - 10)} ${n(R - 8)} ${n(T + 40)} ${n(CX + 4)} ${n(T + 8)}` +
          `L${n(CX - 4)} ${n(T + 8)}C${n(L + 8)} ${n(T + 40)} ${n(L - 2)} ${n(ey - 10)} ${n(L + 6)} ${n(ey + 90)}Z`,
      );
    case 'bun':
    case 'ponytail':
      return (
        p(
          `M${n(L + 2)} ${n(ey - 4)}C${n(L - 10)} ${n(T + 20)} ${n(CX - 42)} ${n(T - 12)} ${CX} ${n(T - 12)}` +
            `C${n(CX + 42)} ${n(T - 12)} ${n(R + 10)} ${n(T + 20)} ${n(R - 2)} ${n(ey - 4)}` +
            `C${n(R - 8)} ${n(T + 56)} ${n(R - 20)} ${n(T + 36)} ${n(CX + 12)} ${n(T + 30)}` +
            `Q${n(CX - 2)} ${n(T + 26)} ${n(CX - 14)} ${n(T + 30)}` +
            `C${n(L + 20)} ${n(T + 36)} ${n(L + 8)} ${n(T + 56)} ${n(L + 2)} ${n(ey - 4)}Z`,
        ) +
        `<path fill="none" stroke="${d}" stroke-width="3" stroke-linecap="round" d="M${n(CX - 2)} ${n(T + 26)}C${n(CX - 6)} ${n(T + 10)} ${n(CX - 2)} ${n(T)} ${n(CX + 6)} ${n(T - 8)}"/>`
      );
    case 'receding':
      return (
        p(
          `M${n(L + 2)} ${n(ey - 2)}C${n(L - 8)} ${n(T + 54)} ${n(L)} ${n(T + 34)} ${n(L + 12)} ${n(T + 24)}` +
            `C${n(L + 18)} ${n(T + 40)} ${n(L + 12)} ${n(T + 60)} ${n(L + 10)} ${n(ey - 2)}Z`,
        ) +
        p(
          `M${n(R - 2)} ${n(ey - 2)}C${n(R + 8)} ${n(T + 54)} ${n(R)} ${n(T + 34)} ${n(R - 12)} ${n(T + 24)}` +
            `C${n(R - 18)} ${n(T + 40)} ${n(R - 12)} ${n(T + 60)} ${n(R - 10)} ${n(ey - 2)}Z`,
        )
      );
    case 'afro':
      return p(
        `M${n(L + 2)} ${n(ey - 14)}C${n(L - 6)} ${n(T + 10)} ${n(R + 6)} ${n(T + 10)} ${n(R - 2)} ${n(ey - 14)}` +
          `C${n(R - 12)} ${n(T + 40)} ${n(L + 12)} ${n(T + 40)} ${n(L + 2)} ${n(ey - 14)}Z`,
      );
  }
}

function beard(look: CharacterLook, h: Head, mouthY: number): string {
  const { hw, chin } = h;
  const c = look.hairColor;
  switch (look.beard) {
    case 'none':
      return '';
    case 'stubble':
      return `<path fill="${shade(look.skin, 0.32)}" opacity="0.3" d="M${n(CX - hw + 7)} ${n(mouthY - 30)}C${n(CX - hw + 14)} ${n(chin - 14)} ${n(CX - 30)} ${n(chin - 4)} ${CX} ${n(chin - 4)}C${n(CX + 30)} ${n(chin - 4)} ${n(CX + hw - 14)} ${n(chin - 14)} ${n(CX + hw - 7)} ${n(mouthY - 30)}C${n(CX + hw - 20)} ${n(mouthY + 4)} ${n(CX + 30)} ${n(mouthY - 22)} ${CX} ${n(mouthY - 20)}C${n(CX - 30)} ${n(mouthY - 22)} ${n(CX - hw + 20)} ${n(mouthY + 4)} ${n(CX - hw + 4)} ${n(mouthY - 30)}Z"/>`;
    case 'short':
      return (
        `<path fill="${c}" fill-rule="evenodd" d="M${n(CX - hw + 2)} ${n(mouthY - 34)}C${n(CX - hw + 6)} ${n(chin + 6)} ${n(CX - 34)} ${n(chin + 10)} ${CX} ${n(chin + 10)}C${n(CX + 34)} ${n(chin + 10)} ${n(CX + hw - 6)} ${n(chin + 6)} ${n(CX + hw - 2)} ${n(mouthY - 34)}C${n(CX + hw - 18)} ${n(mouthY - 6)} ${n(CX + 30)} ${n(mouthY - 22)} ${CX} ${n(mouthY - 18)}C${n(CX - 30)} ${n(mouthY - 22)} ${n(CX - hw + 18)} ${n(mouthY - 6)} ${n(CX - hw + 2)} ${n(mouthY - 34)}Z` +
        `M${CX - 22} ${n(mouthY)}C${CX - 22} ${n(mouthY + 16)} ${CX + 22} ${n(mouthY + 16)} ${CX + 22} ${n(mouthY)}C${CX + 22} ${n(mouthY - 8)} ${CX - 22} ${n(mouthY - 8)} ${CX - 22} ${n(mouthY)}Z"/>`
      );
    case 'moustache':
      return `<path fill="${c}" d="M${CX} ${n(mouthY - 14)}C${CX + 14} ${n(mouthY - 20)} ${CX + 26} ${n(mouthY - 10)} ${CX + 24} ${n(mouthY - 3)}C${CX + 14} ${n(mouthY - 8)} ${CX + 6} ${n(mouthY - 6)} ${CX} ${n(mouthY - 5)}C${CX - 6} ${n(mouthY - 6)} ${CX - 14} ${n(mouthY - 8)} ${CX - 24} ${n(mouthY - 3)}C${CX - 26} ${n(mouthY - 10)} ${CX - 14} ${n(mouthY - 20)} ${CX} ${n(mouthY - 14)}Z"/>`;
  }
}

/** The eyes, brows and mouth for one mood: the only part that changes between the five drawings. */
function face(look: CharacterLook, h: Head, mood: Mood, blink: boolean): string {
  const { ey, ex } = h;
  const by = ey - 24;
  const my = ey + 50;
  const brow =
    look.hairColor === '#cfcac4' || look.hairColor === '#e2c185'
      ? shade(look.hairColor, 0.45)
      : shade(look.hairColor, 0.15);
  const lid = look.skin;
  const out: string[] = [];
  const stroke = (d: string, color = INK, w = LINE): string =>
    `<path fill="none" stroke="${color}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" d="${d}"/>`;

  // Eyes: a dark oval with one highlight; `look` shifts the pupils, `lidDrop` narrows from above.
  const eye = (
    x: number,
    dx: number,
    dy: number,
    ry: number,
    lidDrop: number,
    lidTilt: number,
  ): string => {
    // Closed for a blink: a soft downward curve where the eye was, looking the same way.
    if (blink)
      return stroke(
        `M${n(x + dx - 8)} ${n(ey + dy)}Q${n(x + dx)} ${n(ey + dy + 5)} ${n(x + dx + 8)} ${n(ey + dy)}`,
      );
    let s = `<ellipse fill="${INK}" cx="${n(x + dx)}" cy="${n(ey + dy)}" rx="7" ry="${n(ry)}"/>`;
    s += `<circle fill="#fff" cx="${n(x + dx + 2.2)}" cy="${n(ey + dy - ry * 0.4)}" r="2.3"/>`;
    if (lidDrop > 0) {
      const top = ey - 14;
      const edge = ey - ry + lidDrop;
      s += `<path fill="${lid}" d="M${n(x - 12)} ${n(top)}L${n(x + 12)} ${n(top)}L${n(x + 12)} ${n(edge + lidTilt)}L${n(x - 12)} ${n(edge - lidTilt)}Z"/>`;
      s += stroke(
        `M${n(x - 9)} ${n(edge - lidTilt * 0.75)}L${n(x + 9)} ${n(edge + lidTilt * 0.75)}`,
        INK,
        3.5,
      );
    }
    return s;
  };
  // Brows: `lift` raises both, `inner` moves the inner ends (positive = up, a worried look).
  const brows = (lift: number, inner: number, arch: number): string => {
    const l = `M${n(CX - ex - 13)} ${n(by - lift + 1)}Q${n(CX - ex)} ${n(by - lift - arch)} ${n(CX - ex + 12)} ${n(by - lift - inner)}`;
    const r = `M${n(CX + ex + 13)} ${n(by - lift + 1)}Q${n(CX + ex)} ${n(by - lift - arch)} ${n(CX + ex - 12)} ${n(by - lift - inner)}`;
    return stroke(l, brow, 5.5) + stroke(r, brow, 5.5);
  };

  switch (mood) {
    case 'neutral':
      out.push(brows(0, 0, 4));
      out.push(eye(CX - ex, 0, 0, 8, 0, 0) + eye(CX + ex, 0, 0, 8, 0, 0));
      out.push(stroke(`M${CX - 13} ${n(my)}Q${CX} ${n(my + 5)} ${CX + 13} ${n(my)}`));
      break;
    case 'interested':
      out.push(brows(5, 1, 6));
      out.push(eye(CX - ex, 0, -1, 9, 0, 0) + eye(CX + ex, 0, -1, 9, 0, 0));
      out.push(
        `<path fill="${MOUTH}" d="M${CX - 12} ${n(my - 2)}Q${CX} ${n(my - 4)} ${CX + 12} ${n(my - 2)}Q${CX + 10} ${n(my + 11)} ${CX} ${n(my + 11)}Q${CX - 10} ${n(my + 11)} ${CX - 12} ${n(my - 2)}Z"/>`,
      );
      break;
    case 'uneasy':
      out.push(brows(2, 5, 2));
      out.push(eye(CX - ex, -4, 2, 7.5, 5, 0) + eye(CX + ex, -4, 2, 7.5, 5, 0));
      out.push(
        stroke(
          `M${CX - 14} ${n(my + 3)}Q${CX - 7} ${n(my - 2)} ${CX} ${n(my + 1)}Q${CX + 7} ${n(my + 4)} ${CX + 12} ${n(my)}`,
        ),
      );
      break;
    case 'pleased':
      out.push(brows(4, 0, 5));
      out.push(
        stroke(
          `M${n(CX - ex - 9)} ${n(ey + 3)}Q${n(CX - ex)} ${n(ey - 8)} ${n(CX - ex + 9)} ${n(ey + 3)}`,
          INK,
          5,
        ),
      );
      out.push(
        stroke(
          `M${n(CX + ex - 9)} ${n(ey + 3)}Q${n(CX + ex)} ${n(ey - 8)} ${n(CX + ex + 9)} ${n(ey + 3)}`,
          INK,
          5,
        ),
      );
      out.push(
        `<ellipse fill="#f07a6a" opacity="0.28" cx="${n(CX - ex - 10)}" cy="${n(ey + 24)}" rx="13" ry="8"/>`,
      );
      out.push(
        `<ellipse fill="#f07a6a" opacity="0.28" cx="${n(CX + ex + 10)}" cy="${n(ey + 24)}" rx="13" ry="8"/>`,
      );
      out.push(
        `<path fill="${MOUTH}" d="M${CX - 20} ${n(my - 4)}Q${CX} ${n(my - 1)} ${CX + 20} ${n(my - 4)}Q${CX + 16} ${n(my + 17)} ${CX} ${n(my + 17)}Q${CX - 16} ${n(my + 17)} ${CX - 20} ${n(my - 4)}Z"/>`,
      );
      out.push(
        `<path fill="#fff" d="M${CX - 17} ${n(my - 2.5)}Q${CX} ${n(my)} ${CX + 17} ${n(my - 2.5)}L${CX + 15} ${n(my + 3)}Q${CX} ${n(my + 5)} ${CX - 15} ${n(my + 3)}Z"/>`,
      );
      break;
    case 'annoyed':
      out.push(brows(-2, -6, 1));
      out.push(eye(CX - ex, 0, 1, 8, 8, 2.5).replace(/L/g, 'L') + eye(CX + ex, 0, 1, 8, 8, -2.5));
      out.push(stroke(`M${CX - 14} ${n(my + 4)}Q${CX} ${n(my - 3)} ${CX + 14} ${n(my + 4)}`));
      break;
  }
  if (look.mature) {
    // Two small lines at the outer corners of the eyes: enough to add years without ageing the face.
    out.push(
      stroke(
        `M${n(CX - ex - 18)} ${n(ey + 2)}l-6 2M${n(CX + ex + 18)} ${n(ey + 2)}l6 2`,
        shade(look.skin, 0.22),
        2.5,
      ),
    );
  }
  return out.join('');
}

/** Relative luminance (0 dark .. 1 light), to keep glasses visible on every skin tone. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function glasses(h: Head, skin: string): string {
  const { ey, ex } = h;
  const frame = luminance(skin) < 0.45 ? '#d9b36e' : '#3a2a33';
  const lens = (x: number): string =>
    `<rect x="${n(x - 17)}" y="${n(ey - 13)}" width="34" height="26" rx="9"/>`;
  return (
    `<g fill="#ffffff" fill-opacity="0.12" stroke="${frame}" stroke-width="3.5">${lens(CX - ex)}${lens(CX + ex)}</g>` +
    `<path fill="none" stroke="${frame}" stroke-width="3.5" stroke-linecap="round" d="M${n(CX - ex + 17)} ${n(ey - 3)}Q${CX} ${n(ey - 9)} ${n(CX + ex - 17)} ${n(ey - 3)}"/>`
  );
}

/** Clothes: the torso in the garment's colour, then the neckline and the details on top. */
function clothes(look: CharacterLook): string {
  const s = shoulderHalf(look);
  const b = CHARACTER_HEIGHT;
  // A shirt is a light tint of its colour; under an apron the shirt (innerColor) is what fills the torso.
  const main =
    look.outfit === 'shirt'
      ? mix(look.outfitColor, '#ffffff', 0.62)
      : look.outfit === 'apron'
        ? look.innerColor
        : look.outfitColor;
  const dark = shade(main, 0.22);
  const out: string[] = [`<path fill="${main}" d="${torsoPath(s)}"/>`];
  // Arm seams: a hint of the arms hanging at the sides.
  out.push(
    `<path fill="none" stroke="${dark}" stroke-width="4" stroke-linecap="round" d="M${CX - s + 30} 420Q${CX - s + 28} 470 ${CX - s + 32} ${b}M${CX + s - 30} 420Q${CX + s - 28} 470 ${CX + s - 32} ${b}"/>`,
  );
  const skinV = (depth: number, w: number): string =>
    `<path fill="${look.skin}" d="M${CX - w} 322Q${CX} 318 ${CX + w} 322L${CX} ${322 + depth}Z"/>`;
  const collar = (color: string): string =>
    `<path fill="${color}" d="M${CX - 30} 318L${CX - 3} 352L${CX - 22} 362L${CX - 40} 328Z"/><path fill="${color}" d="M${CX + 30} 318L${CX + 3} 352L${CX + 22} 362L${CX + 40} 328Z"/>`;
  switch (look.outfit) {
    case 'shirt':
      out.push(skinV(30, 22));
      out.push(collar(tint(main, 0.25)));
      out.push(`<path fill="none" stroke="${dark}" stroke-width="3" d="M${CX} 354L${CX} ${b}"/>`);
      out.push(
        `<g fill="${dark}"><circle cx="${CX + 6}" cy="385" r="3"/><circle cx="${CX + 6}" cy="425" r="3"/><circle cx="${CX + 6}" cy="465" r="3"/></g>`,
      );
      out.push(`<path fill="${dark}" d="M${CX + 46} 392h30v6q-15 5 -30 0Z"/>`);
      break;
    case 'blazer': {
      out.push(
        `<path fill="${look.innerColor}" d="M${CX - 44} 326L${CX} 462L${CX + 44} 326Q${CX} 316 ${CX - 44} 326Z"/>`,
      );
      out.push(skinV(28, 20));
      out.push(collar(tint(look.innerColor, 0.3)));
      const lapel = (sgn: number): string =>
        `<path fill="${dark}" d="M${CX + sgn * 44} 324L${CX + sgn * 66} 352L${CX + sgn * 54} 364L${CX + sgn * 60} 372L${CX + sgn * 4} 466L${CX + sgn * 2} 462Z"/>`;
      out.push(lapel(-1) + lapel(1));
      out.push(`<circle fill="${shade(main, 0.4)}" cx="${CX}" cy="482" r="5"/>`);
      out.push(`<path fill="${tint(main, 0.3)}" d="M${CX + 66} 410l34 -2v5l-34 2Z"/>`);
      break;
    }
    case 'cardigan':
      out.push(
        `<path fill="${look.innerColor}" d="M${CX - 40} 326L${CX - 6} ${b}L${CX + 6} ${b}L${CX + 40} 326Q${CX} 316 ${CX - 40} 326Z"/>`,
      );
      out.push(`<path fill="${look.skin}" d="M${CX - 30} 322Q${CX} 356 ${CX + 30} 322Z"/>`);
      out.push(
        `<path fill="none" stroke="${dark}" stroke-width="9" stroke-linejoin="round" d="M${CX - 42} 326L${CX - 8} ${b}M${CX + 42} 326L${CX + 8} ${b}"/>`,
      );
      out.push(
        `<g fill="${tint(main, 0.45)}"><circle cx="${CX - 14}" cy="470" r="4"/><circle cx="${CX - 20}" cy="440" r="4"/><circle cx="${CX - 8}" cy="500" r="4"/></g>`,
      );
      break;
    case 'dress':
      out.push(
        `<path fill="${look.skin}" d="M${CX - 46} 324Q${CX} 318 ${CX + 46} 324Q${CX + 30} 386 ${CX} 392Q${CX - 30} 386 ${CX - 46} 324Z"/>`,
      );
      out.push(
        `<path fill="none" stroke="${dark}" stroke-width="4" stroke-linecap="round" d="M${CX + 40} 350Q${CX + 10} 430 ${CX - 50} 500"/>`,
      );
      out.push(
        `<path fill="none" stroke="#e8c77a" stroke-width="2.5" d="M${CX - 26} 326Q${CX} 356 ${CX + 26} 326"/><circle fill="#e8c77a" cx="${CX}" cy="348" r="4.5"/>`,
      );
      break;
    case 'turtleneck':
      out.push(
        `<path fill="${dark}" d="M${CX - 34} 292L${CX + 34} 292L${CX + 38} 334Q${CX} 344 ${CX - 38} 334Z"/>`,
      );
      out.push(
        `<path fill="none" stroke="${shade(main, 0.35)}" stroke-width="2.5" d="M${CX - 34} 304Q${CX} 310 ${CX + 34} 304M${CX - 35} 316Q${CX} 322 ${CX + 35} 316"/>`,
      );
      break;
    case 'polo':
      out.push(skinV(34, 16));
      out.push(collar(tint(main, 0.18)));
      out.push(
        `<path fill="${dark}" d="M${CX - 5} 352h10v36h-10Z"/><g fill="${tint(main, 0.5)}"><circle cx="${CX}" cy="364" r="2.6"/><circle cx="${CX}" cy="378" r="2.6"/></g>`,
      );
      break;
  }
  if (look.outfit === 'apron') {
    // A barista's bib apron over a shirt: straps round the neck, a pocket, a tie at the waist.
    const a = look.outfitColor;
    out.push(skinV(26, 20), collar(tint(main, 0.2)));
    out.push(
      `<path fill="none" stroke="${a}" stroke-width="8" d="M${CX - 30} 328L${CX - 62} 392M${CX + 30} 328L${CX + 62} 392"/>`,
    );
    out.push(
      `<path fill="${a}" d="M${CX - 66} 388L${CX + 66} 388L${CX + 80} ${b}L${CX - 80} ${b}Z"/>`,
    );
    out.push(`<path fill="${shade(a, 0.2)}" d="M${CX - 36} 440h72v40q-36 8 -72 0Z"/>`);
    out.push(`<path fill="none" stroke="${tint(a, 0.3)}" stroke-width="3" d="M${CX} 440v44"/>`);
  }
  if (look.lanyard) {
    out.push(
      `<path fill="none" stroke="${look.lanyard}" stroke-width="7" stroke-linejoin="round" d="M${CX - 34} 326L${CX - 10} 442M${CX + 34} 326L${CX + 10} 442"/>`,
    );
    out.push(
      `<rect fill="${shade(look.lanyard, 0.3)}" x="${CX - 8}" y="436" width="16" height="12" rx="3"/>`,
    );
    out.push(
      `<g transform="rotate(-3 ${CX} 480)"><rect fill="#fbf8f2" x="${CX - 30}" y="446" width="60" height="74" rx="6"/><path fill="${look.lanyard}" d="M${CX - 30} 452a6 6 0 0 1 6 -6h48a6 6 0 0 1 6 6v10h-60Z"/><rect fill="#c9c2b8" x="${CX - 20}" y="474" width="40" height="6" rx="3"/><rect fill="#ddd7ce" x="${CX - 20}" y="488" width="28" height="5" rx="2.5"/></g>`,
    );
  }
  return out.join('');
}

/** Tilt of the head per mood: leaning in when interested, a little away when uneasy. */
const TILT: Record<Mood, number> = {
  neutral: 0,
  interested: -3,
  uneasy: 2.5,
  pleased: -1.5,
  annoyed: 1.5,
};

/** The full drawing of one character in one mood, as a standalone SVG document. */
export interface RenderOptions {
  /**
   * Draws the eyes closed, for an idle blink: the scene swaps to this texture for about 120 ms every
   * few seconds. In the `pleased` mood the eyes are already smiling shut, so nothing changes.
   */
  readonly blink?: boolean;
}

export function renderCharacter(
  look: CharacterLook,
  mood: Mood,
  options: RenderOptions = {},
): string {
  const h = headFor(look);
  const skinShade = shade(look.skin, 0.18);
  const my = h.ey + 50;
  const ear = (x: number): string =>
    `<ellipse fill="${look.skin}" cx="${n(x)}" cy="${n(h.ey + 6)}" rx="11" ry="17"/><ellipse fill="${skinShade}" cx="${n(x)}" cy="${n(h.ey + 6)}" rx="5" ry="9"/>`;
  const earring = (x: number): string =>
    `<circle fill="#e8c77a" cx="${n(x)}" cy="${n(h.ey + 26)}" r="4.5"/>`;
  const head =
    ear(CX - h.hw + 1) +
    ear(CX + h.hw - 1) +
    (look.earrings ? earring(CX - h.hw + 1) + earring(CX + h.hw - 1) : '') +
    `<path fill="${look.skin}" d="${headPath(h)}"/>` +
    beard(look, h, my) +
    // Nose: a soft shade on one side, the way flat illustration suggests a nose without outlining it.
    `<path fill="${skinShade}" d="M${CX + 2} ${n(h.ey + 12)}Q${CX + 9} ${n(h.ey + 25)} ${CX + 8} ${n(h.ey + 29)}Q${CX + 1} ${n(h.ey + 33)} ${CX - 7} ${n(h.ey + 29)}Q${CX + 1} ${n(h.ey + 27)} ${CX + 2} ${n(h.ey + 12)}Z"/>` +
    face(look, h, mood, options.blink === true) +
    (look.glasses ? glasses(h, look.skin) : '') +
    hairFront(look, h);
  const tilt = TILT[mood];
  const neckTop = h.chin - 36;
  const neck = `<path fill="${skinShade}" d="M${CX - 27} ${neckTop}L${CX + 27} ${neckTop}L${CX + 29} 330Q${CX} 342 ${CX - 29} 330Z"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHARACTER_WIDTH} ${CHARACTER_HEIGHT}" width="${CHARACTER_WIDTH}" height="${CHARACTER_HEIGHT}">` +
    `<g transform="rotate(${tilt} ${CX} 300)">${hairBack(look, h)}</g>` +
    neck +
    clothes(look) +
    `<g transform="rotate(${tilt} ${CX} 300)">${head}</g>` +
    `</svg>`
  );
}
