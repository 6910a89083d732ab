/**
 * The tag checks' and the rubric's messages in the Studio's languages: every code has words in
 * English and Dutch, the Dutch keeps every parameter the English quotes, and a message the linter or
 * the check really gives is worded by its code (English: the command line's very words).
 */
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_WORDS_EN,
  AUTHOR_WORDS_NL,
  authorText,
  type AuthorWords,
} from '../../../src/studio/author-words.ts';
import { handleRequest } from '../../../src/studio/handler.ts';
import { TEMPLATES } from '../../../src/studio/template.ts';
import { LINT_MESSAGES, TAG_MESSAGES, type MessageParams } from '../../../src/story/index.ts';
import { lintInkSource } from '../../../src/story/lint.ts';
import { LANGS } from '../../../src/i18n/index.ts';

const DICTIONARIES: Record<(typeof LANGS)[number], AuthorWords> = {
  en: AUTHOR_WORDS_EN,
  nl: AUTHOR_WORDS_NL,
};

/** Parameters whose every value names itself («key»), so a sentence shows which ones it quotes. */
const named = new Proxy(
  {},
  {
    get: (_, key) => (typeof key === 'string' ? `«${key}»` : undefined),
  },
);
const say = (words: AuthorWords, code: string): string =>
  (words[code as keyof AuthorWords] as (p: MessageParams) => string)(named);
const quoted = (text: string) => [...text.matchAll(/«(\w+)»/g)].map((m) => m[1]).sort();

describe('the author messages in the Studio', () => {
  const codes = [...Object.keys(TAG_MESSAGES), ...Object.keys(LINT_MESSAGES)].sort();

  it('has words for every code in every language, and no code twice', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const lang of LANGS) expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual(codes);
  });

  it('words every code in Dutch, not in English, keeping every parameter the English quotes', () => {
    for (const code of codes) {
      const en = say(AUTHOR_WORDS_EN, code);
      const nl = say(AUTHOR_WORDS_NL, code);
      expect(nl.trim(), code).not.toBe('');
      expect(nl, code).not.toBe(en);
      expect(new Set(quoted(nl)), code).toEqual(new Set(quoted(en)));
    }
  });

  it("gives the linter's own English words in English, and Dutch in Dutch", () => {
    const source = `# title: T
# cast: kurt | Kurt Mertens | buyer
Hello. # speaker: sam
* [Ask # tip7 +1] -> END
* [Leave # act: mingle # tip1 +1 # why: fine # timing: late] -> END
`;
    const diagnostics = lintInkSource('story.ink', source, { rubric: true });
    expect(diagnostics.diagnostics.length).toBeGreaterThanOrEqual(3);
    for (const d of diagnostics.diagnostics) {
      expect(d.code, d.message).toBeDefined();
      expect(authorText(d, 'en')).toBe(d.message);
      expect(authorText(d, 'nl')).not.toBe(d.message);
    }
    const nl = diagnostics.diagnostics.map((d) => authorText(d, 'nl'));
    expect(nl).toContain(
      'De spreker "sam" staat niet in de cast: zet bovenaan "# cast: sam | Naam | rol".',
    );
  });

  it("words the check's rubric findings by code, and leaves ink's own messages as they are", () => {
    // The template, with its discuss: prompt taken out: the rubric asks for one at its choice point.
    const text = TEMPLATES.en.replace(/ # discuss:[^\n]*/g, '');
    const r = handleRequest({
      type: 'check',
      id: 1,
      lang: 'en',
      files: [{ name: 'story.ink', text }],
    });
    if (r.type !== 'checked' || !r.report) throw new Error(`no report: ${r.type}`);
    const rubric = r.report.findings.filter((f) => f.kind === 'rubric');
    expect(rubric.length).toBeGreaterThan(0);
    for (const f of rubric) {
      expect(f.code).toBe('rubric-no-discuss');
      expect(authorText(f, 'en')).toBe(f.message);
      expect(authorText(f, 'nl')).toMatch(/^Op weg naar het keuzemoment van "/);
    }
    const ink = { message: 'apparent loose end', code: undefined };
    expect(authorText(ink, 'nl')).toBe('apparent loose end');
  });
});
