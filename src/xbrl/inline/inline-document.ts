/**
 * What one Inline XBRL document (an XHTML file with `ix:` tags) holds, as read in one
 * streaming pass: the facts with their displayed content, the header's resources as small
 * element trees (contexts and units, read later by the instance reader's own functions),
 * footnotes, relationships and continuations. Values are not yet transformed: that needs the
 * whole document set (continuations may sit in another document).
 */
import type { XmlElement } from '../xml.js';

export const IX = 'http://www.xbrl.org/2013/inlineXBRL';
/** Inline XBRL 1.0's namespace: EDGAR accepted it until 2019; read the same way. */
export const IX10 = 'http://www.xbrl.org/2008/inlineXBRL';
export const XHTML = 'http://www.w3.org/1999/xhtml';

/** Where a fact is in the filing's own pages. */
export interface InlineLocation {
  /** File name of the Inline XBRL document, relative to the filing folder. */
  document: string;
  /** The `ix:` element's id; null when it has none (Inline XBRL makes ids optional). */
  elementId: string | null;
  /** 1-based line of the element's start tag. */
  line: number;
}

/** Displayed content captured for a fact, a continuation or a footnote. */
export interface Captured {
  /** Text content, `ix:exclude` removed. */
  text: string;
  /** The same content as XHTML markup (tags of nested `ix:` elements removed), for `escape="true"`. */
  html: string;
}

export interface RawFact {
  kind: 'nonFraction' | 'nonNumeric';
  /** Concept QName resolved against the namespaces in scope. */
  concept: { uri: string; local: string } | null;
  /** The `name` attribute as written, for messages. */
  name: string;
  attrs: Record<string, string>;
  /** `format` resolved, or null. */
  format: { uri: string; local: string; written: string } | null;
  /** Whether the element is inside `ix:hidden`. */
  hidden: boolean;
  content: Captured;
  location: InlineLocation;
}

export interface RawFootnote {
  id: string;
  role: string;
  lang: string | null;
  content: Captured;
  continuedAt: string | null;
  location: InlineLocation;
}

export interface RawRelationship {
  arcrole: string;
  linkRole: string;
  fromRefs: string[];
  toRefs: string[];
  order: number;
  location: InlineLocation;
}

export interface InlineDocument {
  document: string;
  /** The root element's namespace bindings (for the filing's prefixes). */
  rootNs: Record<string, string>;
  facts: RawFact[];
  continuations: Map<string, { continuedAt: string | null; content: Captured; location: InlineLocation }>;
  footnotes: RawFootnote[];
  relationships: RawRelationship[];
  /** `link:schemaRef` and friends under `ix:references`. */
  references: XmlElement[];
  /** `xbrli:context`, `xbrli:unit` and any other element under `ix:resources`. */
  resources: XmlElement[];
  /** Elements the reader does not model (`ix:tuple`, `ix:fraction`), counted for the notes. */
  skipped: Map<string, number>;
  /** Facts with a `target` attribute (they belong to another target document). */
  targeted: number;
}
