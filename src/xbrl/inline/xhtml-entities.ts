/**
 * Named character references of the XHTML 1.0 DTDs that filings use (`&nbsp;`, `&mdash;`…).
 * An XML parser reads no DTD, so they are known here and allowed only in a document that
 * declares an XHTML doctype, as a browser reading it as XHTML allows them.
 */
export const XHTML_ENTITIES: Record<string, string> = {
  nbsp: '\u00A0', iexcl: '\u00A1', cent: '\u00A2', pound: '\u00A3', curren: '\u00A4', yen: '\u00A5', brvbar: '\u00A6',
  sect: '\u00A7', uml: '\u00A8', copy: '\u00A9', ordf: '\u00AA', laquo: '\u00AB', not: '\u00AC', shy: '\u00AD',
  reg: '\u00AE', macr: '\u00AF', deg: '\u00B0', plusmn: '\u00B1', sup2: '\u00B2', sup3: '\u00B3', acute: '\u00B4',
  micro: '\u00B5', para: '\u00B6', middot: '\u00B7', cedil: '\u00B8', sup1: '\u00B9', ordm: '\u00BA', raquo: '\u00BB',
  frac14: '\u00BC', frac12: '\u00BD', frac34: '\u00BE', iquest: '\u00BF', times: '\u00D7', divide: '\u00F7',
  Agrave: '\u00C0', Aacute: '\u00C1', Auml: '\u00C4', Ccedil: '\u00C7', Eacute: '\u00C9', Ntilde: '\u00D1', Ouml: '\u00D6',
  Uuml: '\u00DC', szlig: '\u00DF', agrave: '\u00E0', aacute: '\u00E1', auml: '\u00E4', ccedil: '\u00E7', egrave: '\u00E8',
  eacute: '\u00E9', ecirc: '\u00EA', iacute: '\u00ED', ntilde: '\u00F1', oacute: '\u00F3', ouml: '\u00F6', uacute: '\u00FA',
  uuml: '\u00FC', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200C', zwj: '\u200D', ndash: '\u2013',
  mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C', rdquo: '\u201D', bdquo: '\u201E',
  dagger: '\u2020', Dagger: '\u2021', bull: '\u2022', hellip: '\u2026', permil: '\u2030', prime: '\u2032', lsaquo: '\u2039',
  rsaquo: '\u203A', euro: '\u20AC', trade: '\u2122', minus: '\u2212', le: '\u2264', ge: '\u2265', ne: '\u2260',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193',
};
