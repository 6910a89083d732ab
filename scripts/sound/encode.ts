/**
 * Renders every sound recipe to PCM, encodes it with ffmpeg to WebM/Opus (what most browsers play)
 * and MP3 (the fallback for the rest), and measures what it wrote: RMS and peak level, and for the
 * loops the jump across the seam compared with an ordinary step between samples. Encoding is run
 * with ffmpeg's bit-exact flags and no metadata, so the same ffmpeg writes the same bytes every time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { db, peak, rms, SR, wav, type Buffer32 } from './dsp.ts';
import { RECIPES } from './sounds.ts';

export interface SoundReport {
  readonly id: string;
  readonly seconds: number;
  readonly rmsDb: number;
  readonly peakDb: number;
  /** |last - first| over the mean |step| of the loop: about 1 means the seam is an ordinary step. */
  readonly seam: number | null;
  readonly webmBytes: number;
  readonly mp3Bytes: number;
}

export function seamRatio(buf: Buffer32): number {
  let sum = 0;
  for (let i = 1; i < buf.length; i++) sum += Math.abs((buf[i] ?? 0) - (buf[i - 1] ?? 0));
  const mean = sum / Math.max(1, buf.length - 1);
  return Math.abs((buf[0] ?? 0) - (buf[buf.length - 1] ?? 0)) / Math.max(mean, 1e-12);
}

const BITEXACT = ['-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1'];

export function generateSound(dir: string, only?: ReadonlySet<string>): SoundReport[] {
  const tmp = mkdtempSync(join(tmpdir(), 'mingle-sound-'));
  const reports: SoundReport[] = [];
  try {
    for (const recipe of RECIPES) {
      if (only && !only.has(recipe.id)) continue;
      const pcm = recipe.make();
      const src = join(tmp, `${recipe.id}.wav`);
      writeFileSync(src, wav(pcm));
      const webm = join(dir, `${recipe.id}.webm`);
      const mp3 = join(dir, `${recipe.id}.mp3`);
      // Ambience is a bed of murmur: a low bit rate is plenty. Short sounds get more bits for their attack.
      const opusRate = recipe.loop ? '20k' : '32k';
      const mp3Rate = recipe.loop ? '24k' : '40k';
      const ff = (args: string[]): void => {
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', src, ...BITEXACT, ...args], {
          stdio: 'inherit',
        });
      };
      ff([
        '-ac',
        '1',
        '-c:a',
        'libopus',
        '-b:a',
        opusRate,
        '-vbr',
        'on',
        '-compression_level',
        '10',
        '-application',
        'audio',
        webm,
      ]);
      ff([
        '-ac',
        '1',
        '-ar',
        '24000',
        '-c:a',
        'libmp3lame',
        '-b:a',
        mp3Rate,
        '-id3v2_version',
        '0',
        mp3,
      ]);
      reports.push({
        id: recipe.id,
        seconds: pcm.length / SR,
        rmsDb: db(rms(pcm)),
        peakDb: db(peak(pcm)),
        seam: recipe.loop ? seamRatio(pcm) : null,
        webmBytes: statSync(webm).size,
        mp3Bytes: statSync(mp3).size,
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return reports;
}
