import { describe, expect, it, vi } from 'vitest';
import { compileInk, parseInkMessage, type InkFileLoader } from '../../../src/story/compile.ts';
import { StorySourceError, type Diagnostic } from '../../../src/story/diagnostics.ts';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

function memoryLoader(files: Record<string, string>): InkFileLoader {
  return {
    resolve: (name) => name,
    read: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  };
}

function diagnosticsOf(fn: () => unknown): readonly Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof StorySourceError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a StorySourceError');
}

describe('compileInk', () => {
  it('compiles a story and its includes', () => {
    const result = compileInk(
      'main.ink',
      memoryLoader({
        'main.ink': '# title: T\nINCLUDE part.ink\nHi.\n-> part\n',
        'part.ink': '=== part ===\nBye.\n-> END\n',
      }),
    );
    expect(JSON.parse(result.json)).toHaveProperty('inkVersion');
    expect(result.files).toEqual(['main.ink', 'part.ink']);
  });

  it('names file and line of a missing divert target', () => {
    const d = diagnosticsOf(() =>
      compileInk('a.ink', memoryLoader({ 'a.ink': 'Hi.\n-> nowhere\n' })),
    );
    expect(d[0]).toMatchObject({ file: 'a.ink', line: 2, severity: 'error' });
    expect(d[0]?.message).toMatch(/Divert target not found/);
  });

  it('names file and line of a tag error inside an included file', () => {
    const d = diagnosticsOf(() =>
      compileInk(
        'main.ink',
        memoryLoader({
          'main.ink': 'INCLUDE p.ink\n-> p\n',
          'p.ink': '=== p ===\n* [A # tip1 ++1]\n-> END\n',
        }),
      ),
    );
    expect(d[0]).toMatchObject({ file: 'p.ink', line: 2 });
  });

  it('rejects an empty file', () => {
    expect(
      diagnosticsOf(() => compileInk('e.ink', memoryLoader({ 'e.ink': '  \n' })))[0]?.message,
    ).toMatch(/empty/);
  });

  it('reports a missing include with the reason the loader gave', () => {
    const d = diagnosticsOf(() =>
      compileInk('m.ink', memoryLoader({ 'm.ink': 'INCLUDE gone.ink\nHi.\n' })),
    );
    expect(d[0]).toMatchObject({ file: 'm.ink', line: 1 });
    expect(d[0]?.message).toBe('INCLUDE gone.ink: no file gone.ink');
  });
});

describe('parseInkMessage', () => {
  it('reads file, line and severity', () => {
    expect(parseInkMessage("WARNING: 'x.ink' line 7: Apparent loose end", 'y.ink')).toEqual({
      file: 'x.ink',
      line: 7,
      severity: 'warning',
      message: 'Apparent loose end',
    });
  });
  it('falls back to the entry file when a message has no place', () => {
    expect(parseInkMessage('ERROR: something odd', 'y.ink')).toMatchObject({
      file: 'y.ink',
      line: 0,
      severity: 'error',
    });
  });
});
