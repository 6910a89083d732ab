/**
 * Finds where in the ink sources the analyzer's findings are, so that a report line names a file and
 * line an author can open (the command line over files on disk, the Studio over the files of its
 * request). The compiled JSON keeps no line numbers, so places (knots, stitches) are
 * found by their headers and choices by their text within their place.
 */

export interface SourceLocation {
  readonly file: string;
  /** 1-based; 0 for the file as a whole. */
  readonly line: number;
}

interface PlaceSpan {
  readonly file: string;
  readonly start: number;
  /** The line before the next knot (or the file's last line). */
  readonly end: number;
}

const KNOT = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][\w]*)\s*(?:\(|$)/;
const CHOICE = /^\s*(?:-\s*)*[*+](?:\s*[*+])*\s*(?:\([^)]*\)\s*)?(?:\{[^}]*\}\s*)*(.*)$/;

export class SourceIndex {
  private readonly places = new Map<string, PlaceSpan>();
  private readonly lines = new Map<string, string[]>();

  constructor(
    private readonly entry: string,
    files: readonly string[],
    loader: { read(path: string): string },
  ) {
    for (const file of files) {
      let text: string;
      try {
        text = loader.read(file);
      } catch {
        continue;
      }
      const lines = text.split(/\r?\n/);
      this.lines.set(file, lines);
      let knot: string | null = null;
      const open: string[] = [];
      const close = (upTo: number) => {
        for (const name of open) {
          const span = this.places.get(name);
          if (span) this.places.set(name, { ...span, end: upTo });
        }
        open.length = 0;
      };
      lines.forEach((line, i) => {
        const k = KNOT.exec(line);
        if (k?.[1]) {
          close(i);
          knot = k[1];
          this.places.set(knot, { file, start: i + 1, end: lines.length });
          open.push(knot);
          return;
        }
        const s = STITCH.exec(line);
        if (s?.[1] && knot !== null) {
          const name = `${knot}.${s[1]}`;
          this.places.set(name, { file, start: i + 1, end: lines.length });
          open.push(name);
        }
      });
      close(lines.length);
    }
  }

  /** The header line of a knot or stitch; the entry file for the top of the story. */
  place(place: string | null): SourceLocation {
    const span = place ? this.places.get(place) : undefined;
    return span ? { file: span.file, line: span.start } : { file: this.entry, line: 0 };
  }

  /** The line of a choice, found by its text inside its place; else the place's header. */
  choice(place: string, text: string): SourceLocation {
    const span = this.places.get(place);
    const want = normalise(text);
    const search = (file: string, from: number, to: number): SourceLocation | null => {
      const lines = this.lines.get(file) ?? [];
      for (let i = Math.max(0, from - 1); i < Math.min(lines.length, to); i++) {
        const m = CHOICE.exec(lines[i] ?? '');
        if (m && normalise(choiceText(m[1] ?? '')) === want) return { file, line: i + 1 };
      }
      return null;
    };
    if (span) return search(span.file, span.start, span.end) ?? this.place(place);
    return search(this.entry, 1, Number.MAX_SAFE_INTEGER) ?? this.place(place);
  }

  /** The line carrying `ending: id`, if the sources have exactly such a tag. */
  ending(id: string, place: string): SourceLocation {
    const tag = new RegExp(`#\\s*ending:\\s*${id.replace(/[-]/g, '\\-')}\\s*(#|$)`);
    for (const [file, lines] of this.lines) {
      const i = lines.findIndex((l) => tag.test(l));
      if (i >= 0) return { file, line: i + 1 };
    }
    return this.place(place);
  }
}

/** What a player sees of a choice line: the text before and inside the brackets, without tags. */
function choiceText(body: string): string {
  const open = body.indexOf('[');
  const close = open >= 0 ? body.indexOf(']', open) : -1;
  const visible =
    open >= 0 && close >= 0 ? body.slice(0, open) + body.slice(open + 1, close) : body;
  return visible.split('#')[0] ?? '';
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
