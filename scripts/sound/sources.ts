/**
 * Sound sources made of the DSP blocks: a babbling voice (a pulse train through moving vowel
 * formants, shaped into syllables and phrases), struck glass, china and cutlery, a keyboard, a
 * printer, an espresso steam wand, a coffee grinder and room tone. Each takes a seeded random source,
 * so the same seed gives the same sound.
 */
import {
  Biquad,
  buffer,
  decayEnv,
  filter,
  mixInto,
  noise,
  seconds,
  SR,
  strike,
  type Buffer32,
} from './dsp.ts';

/** Vowel formants (Hz), roughly those of an adult speaker; enough to make noise sound like talk. */
const VOWELS: readonly (readonly [number, number, number])[] = [
  [800, 1200, 2500],
  [500, 1850, 2500],
  [320, 2300, 3000],
  [520, 900, 2400],
  [360, 800, 2300],
  [650, 1700, 2500],
];

export interface VoiceOptions {
  /** Base pitch in Hz: about 100-130 for a low voice, 180-240 for a high one. */
  readonly pitch: number;
  /** Seconds of speech to place. */
  readonly length: number;
  /** Fraction of the time spent talking rather than listening. */
  readonly talk: number;
}

/**
 * One person talking, written into `dest` (a loop, so phrases wrap around its end). Syllables of
 * 110-260 ms glide between vowels, the pitch falls through each phrase, and a few fricative hisses
 * stand in for consonants. Distance is the caller's business (a low-pass and a gain).
 */
export function voice(dest: Buffer32, o: VoiceOptions, rand: () => number, gain: number): void {
  let t = rand() * 3;
  while (t < o.length) {
    const phraseLen = 1.2 + rand() * 2.8;
    const phrase = new Float32Array(seconds(phraseLen + 0.3));
    const f1 = new Biquad('bandpass', 500, 5);
    const f2 = new Biquad('bandpass', 1500, 7);
    const f3 = new Biquad('bandpass', 2500, 9);
    const tilt = new Biquad('lowpass', 2800, 0.7);
    let phase = 0;
    let pos = 0;
    let from = VOWELS[Math.floor(rand() * VOWELS.length)] ?? [500, 1500, 2500];
    const start = o.pitch * (1.05 + rand() * 0.15);
    const hiss = new Biquad('highpass', 3500, 0.7);
    while (pos < seconds(phraseLen)) {
      // Mostly ordinary syllables, some clipped, some drawn out: talk has an uneven rhythm.
      const r = rand();
      const sylLen = seconds(
        r < 0.2 ? 0.07 + rand() * 0.05 : r > 0.9 ? 0.25 + rand() * 0.15 : 0.11 + rand() * 0.13,
      );
      const to = VOWELS[Math.floor(rand() * VOWELS.length)] ?? [500, 1500, 2500];
      const loud = 0.5 + rand() * 0.5;
      const fricative = rand() < 0.3;
      for (let i = 0; i < sylLen && pos + i < phrase.length; i++) {
        const k = i / sylLen;
        if (i % 32 === 0) {
          f1.set(from[0] + (to[0] - from[0]) * k, 5);
          f2.set(from[1] + (to[1] - from[1]) * k, 7);
          f3.set(from[2] + (to[2] - from[2]) * k, 9);
        }
        const progress = (pos + i) / seconds(phraseLen);
        const f0 = start * (1 - 0.22 * progress) * (1 + 0.04 * Math.sin(k * Math.PI));
        phase += f0 / SR;
        if (phase >= 1) phase -= 1;
        const pulse = tilt.process(phase * 2 - 1);
        const env = Math.sin(Math.PI * k) ** 1.5 * loud;
        let s = (f1.process(pulse) + 0.6 * f2.process(pulse) + 0.3 * f3.process(pulse)) * env;
        if (fricative && k < 0.25)
          s += hiss.process(rand() * 2 - 1) * 0.08 * Math.sin(Math.PI * (k / 0.25));
        phrase[pos + i] = s;
      }
      pos += sylLen + (rand() < 0.15 ? seconds(0.04 + rand() * 0.1) : 0);
      from = to;
    }
    mixInto(dest, phrase, seconds(t), gain, true);
    t += phraseLen + (0.2 + rand() * 1.4) / o.talk;
  }
}

/** A wine glass touched by another: inharmonic rim modes that ring for about a second. */
export function glassClink(rand: () => number, bright = 1): Buffer32 {
  const f = 1500 + rand() * 900;
  const out = strike(
    f,
    [
      [1, 0.6, 0.5 + rand() * 0.3],
      [2.32, 0.35 * bright, 0.35],
      [4.25, 0.2 * bright, 0.18],
      [6.63, 0.1 * bright, 0.08],
    ],
    1.2,
  );
  const tick = noise(seconds(0.004), rand);
  mixInto(out, filter(tick, new Biquad('highpass', 4000)), 0, 0.5);
  return out;
}

/** A cup set down on a saucer: a short, lower ring with a knock. */
export function cupClink(rand: () => number): Buffer32 {
  const f = 900 + rand() * 600;
  const out = strike(
    f,
    [
      [1, 0.5, 0.09],
      [2.7, 0.3, 0.05],
      [5.1, 0.15, 0.03],
    ],
    0.3,
  );
  const knock = noise(seconds(0.02), rand);
  for (let i = 0; i < knock.length; i++) knock[i] = (knock[i] ?? 0) * decayEnv(i, 0.0005, 0.004);
  mixInto(out, filter(knock, new Biquad('bandpass', 1200, 1.2)), 0, 0.8);
  return out;
}

/** A fork or knife on a plate: bright, brief metallic partials. */
export function cutlery(rand: () => number): Buffer32 {
  const f = 2600 + rand() * 1800;
  return strike(
    f,
    [
      [1, 0.4, 0.07],
      [1.47, 0.3, 0.05],
      [2.09, 0.2, 0.04],
      [2.76, 0.12, 0.03],
    ],
    0.25,
    0.0008,
  );
}

/** One key press on a laptop keyboard: a click and a soft thock. */
export function keyPress(rand: () => number): Buffer32 {
  const out = new Float32Array(seconds(0.04));
  const click = new Biquad('bandpass', 2500 + rand() * 1500, 1.5);
  const thock = 140 + rand() * 40;
  for (let i = 0; i < out.length; i++) {
    out[i] =
      click.process(rand() * 2 - 1) * decayEnv(i, 0.0003, 0.0025) +
      Math.sin((2 * Math.PI * thock * i) / SR) * 0.3 * decayEnv(i, 0.001, 0.008);
  }
  return out;
}

/** A laser printer printing a few pages: motor hum, paper pulled through, a soft clunk per page. */
export function printer(rand: () => number, lengthSeconds: number): Buffer32 {
  const out = buffer(lengthSeconds);
  const band = new Biquad('bandpass', 600, 2);
  const whirr = new Biquad('bandpass', 1800, 3);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.3, (lengthSeconds - t) / 0.4);
    phase += 118 / SR;
    const motor = (phase % 1) * 2 - 1;
    const feed = 0.5 + 0.5 * Math.sin(2 * Math.PI * 0.9 * t) ** 8;
    out[i] =
      (motor * 0.08 +
        band.process(rand() * 2 - 1) * 0.5 +
        whirr.process(rand() * 2 - 1) * 0.25 * feed) *
      env;
  }
  for (let p = 0.8; p < lengthSeconds - 0.5; p += 1.1) {
    const clunk = strike(
      180,
      [
        [1, 0.6, 0.03],
        [2.6, 0.3, 0.02],
      ],
      0.12,
    );
    mixInto(out, clunk, seconds(p), 0.6);
  }
  return out;
}

/** A steam wand frothing milk: hiss with a resonance that rises as the milk warms, and a gurgle. */
export function steamWand(rand: () => number, lengthSeconds: number): Buffer32 {
  const out = buffer(lengthSeconds);
  const res = new Biquad('bandpass', 2500, 4);
  const air = new Biquad('highpass', 3000, 0.7);
  let gurgle = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    if (i % 64 === 0) res.set(2200 + 1800 * (t / lengthSeconds), 4);
    const env = Math.min(1, t / 0.15, (lengthSeconds - t) / 0.3);
    // A random walk for the bubbling, smoothed so it is felt rather than heard as clicks.
    gurgle += ((rand() * 2 - 1) * 0.5 - gurgle) * 0.002;
    const x = rand() * 2 - 1;
    out[i] = (res.process(x) * 0.8 + air.process(x) * 0.25) * env * (0.75 + gurgle * 1.5);
  }
  return out;
}

/** A coffee grinder: a motor's buzz under gritty noise. */
export function grinder(rand: () => number, lengthSeconds: number): Buffer32 {
  const out = buffer(lengthSeconds);
  const grit = new Biquad('bandpass', 1400, 1.2);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.1, (lengthSeconds - t) / 0.2);
    phase += 210 / SR;
    const buzz = Math.sin(2 * Math.PI * phase) + 0.4 * Math.sin(4 * Math.PI * phase);
    out[i] = (buzz * 0.15 + grit.process(rand() * 2 - 1) * (0.6 + 0.4 * rand())) * env;
  }
  return out;
}

/** Room tone: soft low noise, the sound of a space with air in it. */
export function roomTone(dest: Buffer32, rand: () => number, cutoff: number, gain: number): void {
  const n = noise(dest.length, rand);
  const lp = new Biquad('lowpass', cutoff, 0.7);
  const lp2 = new Biquad('lowpass', cutoff, 0.7);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n.length; i++) {
      const y = lp2.process(lp.process(n[i] ?? 0));
      if (pass === 1) dest[i] = (dest[i] ?? 0) + y * gain;
    }
  }
}

/**
 * A songbird's phrase (a blackbird on a June evening): a few whistled notes, each gliding between
 * two pitches, with a faint second harmonic and short gaps, ending in a quick twitter.
 */
export function birdPhrase(rand: () => number): Buffer32 {
  const out = buffer(2.2);
  let at = 0;
  const notes = 3 + Math.floor(rand() * 4);
  for (let k = 0; k < notes; k++) {
    const length = 0.08 + rand() * 0.2;
    const from = 1400 + rand() * 1400;
    const to = from * (0.7 + rand() * 0.7);
    const note = new Float32Array(seconds(length));
    let phase = 0;
    for (let i = 0; i < note.length; i++) {
      const t = i / note.length;
      phase += (from * Math.pow(to / from, t)) / SR;
      const env = Math.sin(Math.PI * t) ** 2;
      note[i] = (Math.sin(2 * Math.PI * phase) + 0.15 * Math.sin(4 * Math.PI * phase)) * env * 0.8;
    }
    mixInto(out, note, seconds(at), 0.6 + rand() * 0.4);
    at += length + 0.04 + rand() * 0.12;
  }
  // The twitter: a run of tiny high chirps.
  for (let k = 0; k < 4 + Math.floor(rand() * 5); k++) {
    const chirp = new Float32Array(seconds(0.025));
    const f = 3800 + rand() * 1600;
    for (let i = 0; i < chirp.length; i++) {
      const t = i / chirp.length;
      chirp[i] = Math.sin((2 * Math.PI * f * (1 + 0.3 * t) * i) / SR) * Math.sin(Math.PI * t);
    }
    mixInto(out, chirp, seconds(at), 0.35);
    at += 0.035;
  }
  return out;
}

/** A step on gravel: a few dozen tiny stones knocking, a brief dry crunch. */
export function gravelStep(rand: () => number): Buffer32 {
  const out = buffer(0.25);
  for (let k = 0; k < 40; k++) {
    const grain = noise(seconds(0.003 + rand() * 0.004), rand);
    for (let i = 0; i < grain.length; i++) grain[i] = (grain[i] ?? 0) * decayEnv(i, 0.0002, 0.0015);
    mixInto(out, grain, seconds(rand() * rand() * 0.18), 0.2 + rand() * 0.5);
  }
  return filter(out, new Biquad('bandpass', 2600, 0.8), new Biquad('highpass', 500, 0.7));
}

/**
 * One bowed string note, soft (a quartet far off across a garden): a band-limited sawtooth with a
 * gentle vibrato, a slow swell in and out.
 */
export function bowedNote(freq: number, lengthSeconds: number, rand: () => number): Buffer32 {
  const out = new Float32Array(seconds(lengthSeconds));
  const rate = 4.8 + rand() * 1.2;
  const swell = Math.min(0.6, lengthSeconds / 3);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    phase += (freq * (1 + 0.004 * Math.sin(2 * Math.PI * rate * t))) / SR;
    let v = 0;
    for (let h = 1; h <= 7; h++) v += Math.sin(2 * Math.PI * h * phase) / h;
    const env = Math.min(1, t / swell, (lengthSeconds - t) / swell);
    out[i] = v * env * 0.5;
  }
  return out;
}
