/**
 * The sound generator's building blocks, written out by hand: noise, RBJ biquad filters, envelopes,
 * simple FM and additive partials, mixing into circular buffers (so ambience loops have no seam),
 * a small Schroeder reverb, level measurement and a 16-bit WAV writer. Mono, 48 kHz throughout.
 */
import { seededRandom } from '../../src/art/look.ts';

export const SR = 48_000;
export type Buffer32 = Float32Array;

export { seededRandom };

export function seconds(s: number): number {
  return Math.round(s * SR);
}

export function buffer(lengthSeconds: number): Buffer32 {
  return new Float32Array(seconds(lengthSeconds));
}

/** A second-order IIR section (Robert Bristow-Johnson's cookbook), transposed direct form II. */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private z1 = 0;
  private z2 = 0;

  constructor(
    private readonly kind: 'lowpass' | 'highpass' | 'bandpass' | 'peak',
    freq: number,
    q = 0.707,
    gainDb = 0,
  ) {
    this.set(freq, q, gainDb);
  }

  /** Re-tunes the filter without clearing its state, for sweeps and moving formants. */
  set(freq: number, q = 0.707, gainDb = 0): void {
    const w = (2 * Math.PI * Math.min(freq, SR * 0.45)) / SR;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    let b0: number, b1: number, b2: number, a0: number, a1: number, a2: number;
    switch (this.kind) {
      case 'lowpass':
        b1 = 1 - cos;
        b0 = b1 / 2;
        b2 = b0;
        a0 = 1 + alpha;
        a1 = -2 * cos;
        a2 = 1 - alpha;
        break;
      case 'highpass':
        b1 = -(1 + cos);
        b0 = (1 + cos) / 2;
        b2 = b0;
        a0 = 1 + alpha;
        a1 = -2 * cos;
        a2 = 1 - alpha;
        break;
      case 'bandpass':
        b0 = alpha;
        b1 = 0;
        b2 = -alpha;
        a0 = 1 + alpha;
        a1 = -2 * cos;
        a2 = 1 - alpha;
        break;
      case 'peak': {
        const A = Math.pow(10, gainDb / 40);
        b0 = 1 + alpha * A;
        b1 = -2 * cos;
        b2 = 1 - alpha * A;
        a0 = 1 + alpha / A;
        a1 = -2 * cos;
        a2 = 1 - alpha / A;
        break;
      }
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
  }

  process(x: number): number {
    const y = this.b0 * x + this.z1;
    this.z1 = this.b1 * x - this.a1 * y + this.z2;
    this.z2 = this.b2 * x - this.a2 * y;
    return y;
  }
}

/** Filters a buffer in place. */
export function filter(buf: Buffer32, ...filters: Biquad[]): Buffer32 {
  for (let i = 0; i < buf.length; i++) {
    let x = buf[i] ?? 0;
    for (const f of filters) x = f.process(x);
    buf[i] = x;
  }
  return buf;
}

/**
 * Filters a loop as if it repeated forever: a first pass warms the filters up on the loop itself, so
 * the state at the start of the kept pass is the state the end of the loop leaves behind. The seam
 * then carries no click from filter start-up.
 */
export function filterLoop(buf: Buffer32, ...filters: Biquad[]): Buffer32 {
  for (let i = 0; i < buf.length; i++) {
    let x = buf[i] ?? 0;
    for (const f of filters) x = f.process(x);
  }
  return filter(buf, ...filters);
}

/** White noise in -1..1 from a seeded source. */
export function noise(length: number, rand: () => number): Buffer32 {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = rand() * 2 - 1;
  return out;
}

/** Adds `src` into `dest` from sample `at`, scaled; wraps around the end when `loop` (ambience). */
export function mixInto(dest: Buffer32, src: Buffer32, at: number, gain = 1, loop = false): void {
  const len = dest.length;
  for (let i = 0; i < src.length; i++) {
    let j = at + i;
    if (loop) j = ((j % len) + len) % len;
    else if (j < 0 || j >= len) continue;
    dest[j] = (dest[j] ?? 0) + (src[i] ?? 0) * gain;
  }
}

/** An exponential decay envelope with a short linear attack (in seconds). */
export function decayEnv(i: number, attack: number, decay: number): number {
  const t = i / SR;
  if (t < attack) return t / attack;
  return Math.exp(-(t - attack) / decay);
}

/**
 * A struck object as a sum of decaying sine partials (glass, cup, cutlery, chimes): each partial has
 * a frequency ratio, a level and its own decay time, so higher partials die first as in real objects.
 */
export function strike(
  base: number,
  partials: readonly (readonly [ratio: number, level: number, decay: number])[],
  lengthSeconds: number,
  attack = 0.002,
): Buffer32 {
  const out = new Float32Array(seconds(lengthSeconds));
  for (const [ratio, level, decay] of partials) {
    const w = (2 * Math.PI * base * ratio) / SR;
    for (let i = 0; i < out.length; i++)
      out[i] = (out[i] ?? 0) + Math.sin(w * i) * level * decayEnv(i, attack, decay);
  }
  return release(out);
}

/** A 10 ms fade at the end of a note's buffer, so a tone cut before it has died away does not click. */
function release(buf: Buffer32): Buffer32 {
  const n = Math.min(buf.length, seconds(0.01));
  for (let i = 0; i < n; i++) {
    const j = buf.length - 1 - i;
    buf[j] = (buf[j] ?? 0) * (i / n);
  }
  return buf;
}

/** A two-operator FM tone: a soft bell when the ratio is not whole, a mellow tone when it is. */
export function fm(
  freq: number,
  ratio: number,
  index: number,
  lengthSeconds: number,
  attack: number,
  decay: number,
): Buffer32 {
  const out = new Float32Array(seconds(lengthSeconds));
  const wc = (2 * Math.PI * freq) / SR;
  const wm = wc * ratio;
  for (let i = 0; i < out.length; i++) {
    const env = decayEnv(i, attack, decay);
    // The modulation index fades faster than the tone: bright strike, pure tail.
    const idx = index * Math.exp(-i / SR / (decay * 0.35));
    out[i] = Math.sin(wc * i + idx * Math.sin(wm * i)) * env;
  }
  return release(out);
}

/** A Schroeder reverb (four combs, two all-passes), for the sense of a room around the murmur. */
export function reverb(buf: Buffer32, wet: number, size = 1, loop = false): Buffer32 {
  const combs = [1116, 1188, 1277, 1356].map((d) => ({
    line: new Float32Array(Math.round(d * size * 2.2)),
    pos: 0,
    fb: 0.8,
  }));
  const alls = [556, 441].map((d) => ({ line: new Float32Array(Math.round(d * 2.2)), pos: 0 }));
  const run = (keep: boolean): void => {
    for (let i = 0; i < buf.length; i++) {
      const x = buf[i] ?? 0;
      let y = 0;
      for (const c of combs) {
        const out = c.line[c.pos] ?? 0;
        c.line[c.pos] = x + out * c.fb;
        c.pos = (c.pos + 1) % c.line.length;
        y += out;
      }
      y *= 0.25;
      for (const a of alls) {
        const d = a.line[a.pos] ?? 0;
        a.line[a.pos] = y + d * 0.5;
        a.pos = (a.pos + 1) % a.line.length;
        y = d - y * 0.5;
      }
      if (keep) buf[i] = x * (1 - wet) + y * wet;
    }
  };
  // As with filterLoop: for a loop, let the tail of the end ring into the start.
  if (loop) run(false);
  run(true);
  return buf;
}

export function peak(buf: Buffer32): number {
  let p = 0;
  for (const x of buf) p = Math.max(p, Math.abs(x));
  return p;
}

export function rms(buf: Buffer32): number {
  let s = 0;
  for (const x of buf) s += x * x;
  return Math.sqrt(s / Math.max(1, buf.length));
}

export function db(v: number): number {
  return 20 * Math.log10(Math.max(v, 1e-9));
}

/** Scales so the RMS level is `rmsDb`, then limits peaks softly below `ceilingDb`. */
export function level(buf: Buffer32, rmsDb: number, ceilingDb = -3): Buffer32 {
  const g = Math.pow(10, rmsDb / 20) / Math.max(rms(buf), 1e-9);
  const ceiling = Math.pow(10, ceilingDb / 20);
  for (let i = 0; i < buf.length; i++) {
    const x = (buf[i] ?? 0) * g;
    // tanh knee: transparent well below the ceiling, never above it.
    buf[i] =
      Math.abs(x) < ceiling * 0.7
        ? x
        : Math.sign(x) *
          (ceiling * 0.7 +
            ceiling * 0.3 * Math.tanh((Math.abs(x) - ceiling * 0.7) / (ceiling * 0.3)));
  }
  return buf;
}

/** Scales so the peak is `peakDb`. */
export function normalize(buf: Buffer32, peakDb: number): Buffer32 {
  const g = Math.pow(10, peakDb / 20) / Math.max(peak(buf), 1e-9);
  for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] ?? 0) * g;
  return buf;
}

/** Short fades at both ends of a one-shot, so it never starts or stops with a click. */
export function fadeEdges(buf: Buffer32, inSeconds = 0.002, outSeconds = 0.05): Buffer32 {
  const a = seconds(inSeconds);
  const b = seconds(outSeconds);
  for (let i = 0; i < a && i < buf.length; i++) buf[i] = (buf[i] ?? 0) * (i / a);
  for (let i = 0; i < b && i < buf.length; i++) {
    const j = buf.length - 1 - i;
    buf[j] = (buf[j] ?? 0) * (i / b);
  }
  return buf;
}

/** 16-bit PCM WAV, mono. Dithering is left out on purpose: it would make the output differ per run. */
export function wav(buf: Buffer32): Uint8Array {
  const data = new DataView(new ArrayBuffer(44 + buf.length * 2));
  const str = (o: number, s: string): void => {
    for (let i = 0; i < s.length; i++) data.setUint8(o + i, s.charCodeAt(i));
  };
  str(0, 'RIFF');
  data.setUint32(4, 36 + buf.length * 2, true);
  str(8, 'WAVE');
  str(12, 'fmt ');
  data.setUint32(16, 16, true);
  data.setUint16(20, 1, true);
  data.setUint16(22, 1, true);
  data.setUint32(24, SR, true);
  data.setUint32(28, SR * 2, true);
  data.setUint16(32, 2, true);
  data.setUint16(34, 16, true);
  str(36, 'data');
  data.setUint32(40, buf.length * 2, true);
  for (let i = 0; i < buf.length; i++)
    data.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, buf[i] ?? 0)) * 32767), true);
  return new Uint8Array(data.buffer);
}
