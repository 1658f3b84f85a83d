import type { FigureQualifier } from './model.js';

/** The words a source puts before a figure it states loosely, and what each means. */
const WORDS: [RegExp, FigureQualifier][] = [
  [/\b(?:approximately|approx\.|around|roughly)\s*$/i, 'APPROXIMATELY'],
  [/\b(?:nearly|almost)\s*$/i, 'NEARLY'],
  [/\babout\s*$/i, 'ABOUT'],
  [/\bup to\s*$/i, 'UP_TO'],
];

/**
 * How `text` qualifies the figure printed as `figure` at its first occurrence: from the
 * words right before it ("was approximately RMB8.49 billion" → APPROXIMATELY); null when
 * stated flat or not found.
 */
export function qualifierBefore(text: string, figure: string): FigureQualifier | null {
  const at = text.indexOf(figure);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 40), at);
  return WORDS.find(([words]) => words.test(before))?.[1] ?? null;
}

/** A value computed from qualified inputs is approximate; from exact inputs, exact. */
export function computedQualifier(inputs: readonly { qualifier: FigureQualifier | null }[]): FigureQualifier | null {
  return inputs.some((i) => i.qualifier !== null) ? 'APPROXIMATELY' : null;
}
