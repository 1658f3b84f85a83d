/** The Inline XBRL reader: a filing's `.htm` documents in, the instance reader's plain shape out (plus where each fact is). */
export { isInlineDocument, INLINE_NAME } from './detect.js';
export { readInlineDocuments, type InlineContent, type InlineFootnote } from './read-inline.js';
export type { InlineLocation } from './inline-document.js';
export { transformation, IXT } from './transforms.js';
