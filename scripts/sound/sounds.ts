/**
 * Every sound of the game, as a recipe over the sources: the ambience loops (one per venue), the
 * story sounds, the UI sounds and the two coach cues. Each recipe has its own seed, so changing one
 * sound never changes another. Levels: ambience sits around -30 dBFS RMS (a bed under the dialogue),
 * story sounds around -20, UI ticks lower still; nothing peaks above -3 dBFS.
 */
import {
  Biquad,
  buffer,
  decayEnv,
  fadeEdges,
  filter,
  filterLoop,
  fm,
  level,
  mixInto,
  noise,
  normalize,
  reverb,
  seconds,
  seededRandom,
  SR,
  strike,
  type Buffer32,
} from './dsp.ts';
import {
  birdPhrase,
  bowedNote,
  cupClink,
  cutlery,
  glassClink,
  gravelStep,
  grinder,
  keyPress,
  printer,
  roomTone,
  steamWand,
  voice,
} from './sources.ts';

export interface SoundRecipe {
  /** The file stem in assets/audio/. */
  readonly id: string;
  readonly loop: boolean;
  readonly make: () => Buffer32;
}

/** Loop length of every ambience, in seconds: long enough not to be learned by ear. */
export const LOOP_SECONDS = 16;

/** A crowd of `count` voices at various distances, with the room around them. */
function murmur(
  seed: number,
  count: number,
  near: number,
  far: number,
  roomSize: number,
  wet: number,
): Buffer32 {
  const rand = seededRandom(seed);
  const out = buffer(LOOP_SECONDS);
  for (let v = 0; v < count; v++) {
    const one = buffer(LOOP_SECONDS);
    const high = rand() < 0.5;
    voice(
      one,
      {
        pitch: high ? 175 + rand() * 60 : 95 + rand() * 40,
        length: LOOP_SECONDS,
        talk: 0.5 + rand() * 0.5,
      },
      rand,
      1,
    );
    // Distance: farther voices are darker and quieter.
    const d = rand();
    filterLoop(one, new Biquad('lowpass', far + (near - far) * (1 - d), 0.7));
    mixInto(out, one, 0, 0.35 + 0.65 * (1 - d), true);
  }
  filterLoop(out, new Biquad('highpass', 120, 0.7));
  return reverb(out, wet, roomSize, true);
}

/** Scatters one-shot events through a loop (they wrap round its end, so nothing is cut at the seam). */
function scatter(
  dest: Buffer32,
  count: number,
  rand: () => number,
  make: () => Buffer32,
  gainMin: number,
  gainMax: number,
): void {
  for (let i = 0; i < count; i++)
    mixInto(
      dest,
      make(),
      Math.floor(rand() * dest.length),
      gainMin + rand() * (gainMax - gainMin),
      true,
    );
}

function reception(): Buffer32 {
  const rand = seededRandom(101);
  const out = murmur(11, 16, 3200, 1100, 1.3, 0.35);
  roomTone(out, rand, 300, 0.02);
  const clinks = buffer(LOOP_SECONDS);
  scatter(clinks, 9, rand, () => glassClink(rand, 0.7), 0.05, 0.16);
  filterLoop(clinks, new Biquad('lowpass', 6000, 0.7));
  mixInto(out, reverb(clinks, 0.3, 1.3, true), 0, 1, true);
  return level(out, -30, -8);
}

/**
 * A drink in a walled garden on a June evening: the talk is open-air (hardly any room around it),
 * blackbirds sing in the lime trees, steps crunch on the gravel, a glass now and then, and far off a
 * string quartet that has stopped competing with the conversation.
 */
function garden(): Buffer32 {
  const rand = seededRandom(151);
  const out = murmur(15, 12, 3000, 1200, 0.4, 0.08);
  // Leaves and air: a soft, high rustle that breathes slowly.
  const air = noise(seconds(LOOP_SECONDS), rand);
  filterLoop(air, new Biquad('highpass', 1800, 0.7), new Biquad('lowpass', 6000, 0.7));
  for (let i = 0; i < air.length; i++) {
    const t = i / air.length;
    // Whole cycles over the loop, so its two ends meet.
    air[i] =
      (air[i] ?? 0) *
      (0.5 + 0.3 * Math.sin(2 * Math.PI * 3 * t) + 0.2 * Math.sin(2 * Math.PI * 7 * t));
  }
  mixInto(out, air, 0, 0.02, true);
  const fx = buffer(LOOP_SECONDS);
  scatter(fx, 5, rand, () => birdPhrase(rand), 0.05, 0.12);
  for (let k = 0; k < 6; k++) {
    // Someone walks by: four or five steps.
    const from = Math.floor(rand() * fx.length);
    const gain = 0.04 + rand() * 0.06;
    for (let s = 0; s < 4 + Math.floor(rand() * 2); s++)
      mixInto(fx, gravelStep(rand), (from + seconds(0.55 * s)) % fx.length, gain, true);
  }
  scatter(fx, 5, rand, () => glassClink(rand, 0.7), 0.04, 0.1);
  filterLoop(fx, new Biquad('lowpass', 9000, 0.7));
  mixInto(out, reverb(fx, 0.1, 0.6, true), 0, 1, true);
  // The quartet: D, B minor, G, A, one chord every four seconds, quiet and far (dark, a little room).
  const strings = buffer(LOOP_SECONDS);
  const chords = [
    [146.8, 220, 293.7, 370],
    [123.5, 246.9, 293.7, 370],
    [98, 246.9, 293.7, 392],
    [110, 220, 277.2, 329.6],
  ];
  chords.forEach((chord, c) => {
    for (const f of chord) mixInto(strings, bowedNote(f, 4.6, rand), seconds(c * 4), 0.25, true);
  });
  filterLoop(strings, new Biquad('lowpass', 1600, 0.7));
  mixInto(out, reverb(strings, 0.3, 0.9, true), 0, 0.05, true);
  return level(out, -31, -8);
}

function office(): Buffer32 {
  const rand = seededRandom(202);
  const out = buffer(LOOP_SECONDS);
  // Air conditioning: a low broadband rush with a faint mains hum.
  roomTone(out, rand, 380, 0.5);
  const hiss = noise(out.length, rand);
  filterLoop(hiss, new Biquad('highpass', 2500, 0.7), new Biquad('lowpass', 7000, 0.7));
  mixInto(out, hiss, 0, 0.01, true);
  for (let i = 0; i < out.length; i++)
    out[i] =
      (out[i] ?? 0) +
      0.004 * Math.sin((2 * Math.PI * 100 * i) / SR) +
      0.002 * Math.sin((2 * Math.PI * 200 * i) / SR);
  // Someone typing across the room, in bursts.
  const typing = buffer(LOOP_SECONDS);
  for (let burst = 0; burst < 4; burst++) {
    let t = burst * 4 + rand() * 1.5;
    const end = t + 1.5 + rand() * 2;
    while (t < end) {
      mixInto(typing, keyPress(rand), seconds(t), 0.4 + rand() * 0.6, true);
      t += 0.07 + rand() * 0.16 + (rand() < 0.1 ? 0.4 : 0);
    }
  }
  filterLoop(typing, new Biquad('lowpass', 4500, 0.7));
  mixInto(out, reverb(typing, 0.25, 0.9, true), 0, 0.1, true);
  // A printer somewhere, once per loop.
  const p = printer(rand, 4.5);
  filter(p, new Biquad('lowpass', 3000, 0.7));
  mixInto(out, p, seconds(9), 0.05, true);
  // Two colleagues talking far off.
  mixInto(out, murmur(22, 2, 1400, 900, 1, 0.4), 0, 0.12, true);
  return level(out, -33, -12);
}

function cafe(): Buffer32 {
  const rand = seededRandom(303);
  const out = murmur(33, 8, 2800, 1300, 0.9, 0.25);
  roomTone(out, rand, 350, 0.015);
  const fx = buffer(LOOP_SECONDS);
  mixInto(fx, steamWand(rand, 3.8), seconds(3), 0.16, true);
  mixInto(fx, grinder(rand, 1.8), seconds(11), 0.08, true);
  scatter(fx, 10, rand, () => cupClink(rand), 0.08, 0.2);
  filterLoop(fx, new Biquad('lowpass', 8000, 0.7));
  mixInto(out, reverb(fx, 0.2, 0.9, true), 0, 1, true);
  return level(out, -30, -8);
}

function breakfastRoom(): Buffer32 {
  const rand = seededRandom(404);
  const out = murmur(44, 5, 2400, 1200, 0.8, 0.25);
  roomTone(out, rand, 300, 0.02);
  const fx = buffer(LOOP_SECONDS);
  scatter(fx, 14, rand, () => cutlery(rand), 0.05, 0.14);
  scatter(fx, 5, rand, () => cupClink(rand), 0.06, 0.14);
  filterLoop(fx, new Biquad('lowpass', 7000, 0.7));
  mixInto(out, reverb(fx, 0.2, 0.8, true), 0, 1, true);
  return level(out, -33, -10);
}

/** A desk phone's electronic ring: a warbling two-tone trill, twice. */
function phoneRing(): Buffer32 {
  const out = buffer(2.6);
  for (const start of [0, 1.4]) {
    const ring = buffer(1.0);
    let phase = 0;
    for (let i = 0; i < ring.length; i++) {
      const t = i / SR;
      const f = Math.sin(2 * Math.PI * 18 * t) > 0 ? 1320 : 1580;
      phase += f / SR;
      const env = Math.min(1, t / 0.01, (1.0 - t) / 0.02);
      ring[i] = (Math.sin(2 * Math.PI * phase) * 0.7 + Math.sin(4 * Math.PI * phase) * 0.15) * env;
    }
    filter(ring, new Biquad('lowpass', 3500, 0.7));
    mixInto(out, ring, seconds(start), 1);
  }
  return normalize(reverb(fadeEdges(out), 0.12, 0.7), -9);
}

/** A message arriving: two soft bell notes, a fourth apart. */
function message(): Buffer32 {
  const out = buffer(0.9);
  mixInto(out, fm(1318.5, 3.5, 1.2, 0.8, 0.004, 0.22), 0, 0.7);
  mixInto(out, fm(1760, 3.5, 1.2, 0.7, 0.004, 0.28), seconds(0.11), 0.7);
  return normalize(fadeEdges(reverb(out, 0.15, 0.6)), -6);
}

/** A toast: four or five glasses touching, close together. */
function glasses(): Buffer32 {
  const rand = seededRandom(505);
  const out = buffer(1.8);
  // The first clink right at the start: a story sound must land on its line, not after a pause.
  for (let i = 0; i < 5; i++) {
    const at = i === 0 ? 0 : seconds(0.03 + rand() * 0.45);
    mixInto(out, glassClink(rand), at, i === 0 ? 0.8 : 0.4 + rand() * 0.5);
  }
  filter(out, new Biquad('highpass', 300, 0.7));
  return normalize(fadeEdges(reverb(out, 0.2, 1.1), 0.001, 0.2), -5);
}

/** A door opening and closing: the latch, the swing of air, the thud into the frame, the latch again. */
function door(): Buffer32 {
  const rand = seededRandom(606);
  const out = buffer(1.4);
  const click = (): Buffer32 => {
    const c = noise(seconds(0.03), rand);
    for (let i = 0; i < c.length; i++) c[i] = (c[i] ?? 0) * decayEnv(i, 0.0003, 0.004);
    filter(c, new Biquad('bandpass', 2200, 2));
    mixInto(
      c,
      strike(
        950,
        [
          [1, 0.3, 0.02],
          [2.4, 0.2, 0.01],
        ],
        0.03,
      ),
      0,
      0.6,
    );
    return c;
  };
  mixInto(out, click(), seconds(0.02), 0.8);
  const swing = noise(seconds(0.7), rand);
  const lp = new Biquad('lowpass', 400, 0.7);
  for (let i = 0; i < swing.length; i++)
    swing[i] = lp.process(swing[i] ?? 0) * Math.sin((Math.PI * i) / swing.length) ** 2;
  mixInto(out, swing, seconds(0.1), 0.9);
  const thud = buffer(0.5);
  for (let i = 0; i < thud.length; i++)
    thud[i] =
      Math.sin((2 * Math.PI * 68 * i) / SR) * decayEnv(i, 0.002, 0.07) +
      Math.sin((2 * Math.PI * 140 * i) / SR) * 0.4 * decayEnv(i, 0.001, 0.03);
  const knock = noise(seconds(0.08), rand);
  for (let i = 0; i < knock.length; i++) knock[i] = (knock[i] ?? 0) * decayEnv(i, 0.0005, 0.015);
  filter(knock, new Biquad('lowpass', 900, 0.7));
  mixInto(thud, knock, 0, 0.7);
  mixInto(out, thud, seconds(0.78), 1);
  mixInto(out, click(), seconds(0.8), 0.6);
  return normalize(fadeEdges(reverb(out, 0.18, 0.8), 0.001, 0.15), -4);
}

/** Applause from a room of twenty-odd people: it swells, holds and thins out. */
function applause(): Buffer32 {
  const rand = seededRandom(707);
  const len = 4;
  const out = buffer(len);
  for (let p = 0; p < 24; p++) {
    const rate = 3.2 + rand() * 2.2;
    const centre = 900 + rand() * 1600;
    const startAt = rand() * 0.5;
    const stopAt = 2.2 + rand() * 1.6;
    const distance = 0.4 + rand() * 0.6;
    for (let t = startAt; t < stopAt; t += (1 / rate) * (0.9 + rand() * 0.2)) {
      const clap = noise(seconds(0.05), rand);
      for (let i = 0; i < clap.length; i++) clap[i] = (clap[i] ?? 0) * decayEnv(i, 0.0008, 0.009);
      filter(clap, new Biquad('bandpass', centre * (0.9 + rand() * 0.2), 1.4));
      const fade = t > stopAt - 0.6 ? (stopAt - t) / 0.6 : 1;
      mixInto(out, clap, seconds(t), distance * fade);
    }
  }
  filter(out, new Biquad('highpass', 250, 0.7));
  return normalize(fadeEdges(reverb(out, 0.3, 1.2), 0.01, 0.4), -6);
}

/** UI: a very short, soft tick for hover and focus. */
function uiHover(): Buffer32 {
  const out = buffer(0.04);
  for (let i = 0; i < out.length; i++)
    out[i] = Math.sin((2 * Math.PI * 2300 * i) / SR) * decayEnv(i, 0.0005, 0.006);
  return normalize(fadeEdges(out, 0.0005, 0.01), -14);
}

/** UI: a round little blip that rises, for picking an option. */
function uiSelect(): Buffer32 {
  const out = buffer(0.09);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const t = i / out.length;
    phase += (650 + 350 * t) / SR;
    out[i] = Math.sin(2 * Math.PI * phase) * decayEnv(i, 0.003, 0.03);
  }
  return normalize(fadeEdges(out, 0.001, 0.02), -9);
}

/** UI: two rising bell notes, for confirming. */
function uiConfirm(): Buffer32 {
  const out = buffer(0.32);
  mixInto(out, fm(1046.5, 2, 0.8, 0.25, 0.003, 0.07), 0, 0.8);
  mixInto(out, fm(1568, 2, 0.8, 0.25, 0.003, 0.09), seconds(0.07), 0.8);
  return normalize(fadeEdges(out, 0.001, 0.05), -8);
}

/** UI: two falling notes, softer, for going back. */
function uiBack(): Buffer32 {
  const out = buffer(0.3);
  mixInto(out, fm(784, 2, 0.6, 0.22, 0.003, 0.06), 0, 0.8);
  mixInto(out, fm(523.3, 2, 0.6, 0.22, 0.003, 0.08), seconds(0.07), 0.8);
  return normalize(fadeEdges(out, 0.001, 0.05), -10);
}

/** Coach: a warm major arpeggio, like a small bell tree, for a choice that helped. */
function cuePositive(): Buffer32 {
  const out = buffer(1.1);
  [1046.5, 1318.5, 1568].forEach((f, k) =>
    mixInto(out, fm(f, 3.5, 0.9, 0.9, 0.004, 0.3), seconds(k * 0.075), 0.55),
  );
  return normalize(fadeEdges(reverb(out, 0.2, 0.7), 0.001, 0.2), -8);
}

/** Coach: a soft, low falling pair, muted so it informs without scolding. */
function cueNegative(): Buffer32 {
  const out = buffer(0.8);
  [392, 311.1].forEach((f, k) =>
    mixInto(out, fm(f, 1, 0.7, 0.6, 0.01, 0.2), seconds(k * 0.14), 0.6),
  );
  filter(out, new Biquad('lowpass', 1500, 0.7));
  return normalize(fadeEdges(reverb(out, 0.15, 0.7), 0.001, 0.2), -9);
}

export const RECIPES: readonly SoundRecipe[] = [
  { id: 'amb-reception', loop: true, make: reception },
  { id: 'amb-garden', loop: true, make: garden },
  { id: 'amb-office', loop: true, make: office },
  { id: 'amb-cafe', loop: true, make: cafe },
  { id: 'amb-breakfast-room', loop: true, make: breakfastRoom },
  { id: 'phone-ring', loop: false, make: phoneRing },
  { id: 'message', loop: false, make: message },
  { id: 'glasses', loop: false, make: glasses },
  { id: 'door', loop: false, make: door },
  { id: 'applause', loop: false, make: applause },
  { id: 'ui-hover', loop: false, make: uiHover },
  { id: 'ui-select', loop: false, make: uiSelect },
  { id: 'ui-confirm', loop: false, make: uiConfirm },
  { id: 'ui-back', loop: false, make: uiBack },
  { id: 'cue-positive', loop: false, make: cuePositive },
  { id: 'cue-negative', loop: false, make: cueNegative },
];
