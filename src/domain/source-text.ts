/**
 * The source text as a stream of whitespace-separated tokens with line numbers, so that
 * text broken across lines or columns by the PDF extraction can still be found.
 */
export class SourceTokens {
  readonly tokens: string[] = [];
  private readonly lines: number[] = [];
  private readonly firstIndex = new Map<string, number[]>();

  constructor(text: string) {
    text.split('\n').forEach((line, i) => {
      for (const token of line.split(/\s+/)) {
        if (!token) continue;
        const list = this.firstIndex.get(token);
        if (list) list.push(this.tokens.length);
        else this.firstIndex.set(token, [this.tokens.length]);
        this.tokens.push(token);
        this.lines.push(i + 1);
      }
    });
  }

  /** Line (from 1) of the token at `index`. */
  lineOf(index: number): number {
    return this.lines[index];
  }

  /** Index of the first occurrence of `phrase` (its tokens, in a row) at or after `from`, or -1. */
  find(phrase: string, from = 0): number {
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length === 0) return -1;
    for (const start of this.firstIndex.get(words[0]) ?? []) {
      if (start < from) continue;
      if (words.every((w, k) => this.tokens[start + k] === w)) return start;
    }
    return -1;
  }

  /** Number of tokens in a phrase. */
  static size(phrase: string): number {
    return phrase.split(/\s+/).filter(Boolean).length;
  }
}

/** Collapses runs of white space, for comparing excerpts with the source. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
