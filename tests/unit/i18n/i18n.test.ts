import { describe, expect, it } from 'vitest';
import {
  dictionaries,
  initialLang,
  langFromBrowser,
  LANGS,
  rememberLang,
} from '../../../src/i18n/index.ts';

/** Every key path of a dictionary, with the kind of value (string, function, object) at each. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix}:${typeof value}`];
  return Object.entries(value)
    .flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe('i18n', () => {
  it('gives every language exactly the keys of English, with the same kinds of value', () => {
    const reference = shape(dictionaries.en);
    for (const lang of LANGS) {
      const keys = shape(dictionaries[lang]);
      // Venue names may differ per language only in wording, never in which venues exist.
      expect(keys, lang).toEqual(reference);
    }
  });

  it('has no empty strings and functions that return text', () => {
    for (const lang of LANGS) {
      const walk = (v: unknown, path: string): void => {
        if (typeof v === 'string') expect(v.trim(), `${lang} ${path}`).not.toBe('');
        else if (typeof v === 'function') {
          const out: unknown = (v as (...a: unknown[]) => unknown)('X', 1, 2);
          expect(typeof out, `${lang} ${path}`).toBe('string');
        } else if (typeof v === 'object' && v !== null)
          for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`);
      };
      walk(dictionaries[lang], lang);
    }
  });

  it('really translates: Dutch differs from English on most strings', () => {
    const en = shape(dictionaries.en);
    const strings = (d: object) =>
      en
        .filter((k) => k.endsWith(':string'))
        .map((k) =>
          k
            .split(':')[0]
            ?.split('.')
            .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], d),
        );
    const a = strings(dictionaries.en);
    const b = strings(dictionaries.nl);
    const same = a.filter((s, i) => s === b[i]);
    expect(same.length).toBeLessThan(a.length / 5);
  });

  it('picks Dutch for any nl-* browser language and English otherwise', () => {
    expect(langFromBrowser(['nl-BE', 'en'])).toBe('nl');
    expect(langFromBrowser(['NL'])).toBe('nl');
    expect(langFromBrowser(['fr-BE', 'nl'])).toBe('nl');
    expect(langFromBrowser(['fr-BE', 'de'])).toBe('en');
    expect(langFromBrowser([])).toBe('en');
  });

  it('prefers the remembered language, and survives storage that throws', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(initialLang(storage, ['nl-BE'])).toBe('nl');
    rememberLang(storage, 'en');
    expect(initialLang(storage, ['nl-BE'])).toBe('en');
    map.set('mingle.lang', 'klingon');
    expect(initialLang(storage, ['nl-BE'])).toBe('nl');
    const broken = {
      getItem: (): string | null => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(initialLang(broken, ['en-GB'])).toBe('en');
    expect(() => rememberLang(broken, 'nl')).not.toThrow();
  });
});
