/**
 * Namespace URI → the prefix a concept's name is shown with. Standard taxonomies get their
 * usual prefix whatever a filing declares (`us-gaap`, `dei`, `srt`, …), so the same concept
 * has the same name across filings and years; other namespaces take the filing's own prefix.
 */
const WELL_KNOWN: Array<[RegExp, string | ((m: RegExpExecArray) => string)]> = [
  [/^http:\/\/www\.xbrl\.org\/2003\/instance$/, 'xbrli'],
  [/^http:\/\/www\.xbrl\.org\/2003\/iso4217$/, 'iso4217'],
  [/^http:\/\/www\.w3\.org\/2001\/XMLSchema$/, 'xs'],
  [/^http:\/\/www\.xbrl\.org\/dtr\/type\/numeric$/, 'num'],
  [/^http:\/\/www\.xbrl\.org\/dtr\/type\/non-numeric$/, 'nonnum'],
  [/^http:\/\/www\.xbrl\.org\/dtr\/type\/\d{4}-\d{2}-\d{2}$/, 'dtr-types'],
  [/^https?:\/\/(?:xbrl\.)?fasb\.org\/(us-gaap|srt|us-types|srt-types)\//, (m) => m[1]],
  [/^https?:\/\/xbrl\.us\/(us-gaap|dei|us-types|invest|ar|mr|seccert)\//, (m) => m[1]],
  [/^https?:\/\/xbrl\.sec\.gov\/([a-z][a-z0-9-]*)\//, (m) => m[1]],
];

export class Prefixes {
  private readonly byUri = new Map<string, string>();
  private readonly declared = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Records a document's own declarations (instance first, then schemas and linkbases). */
  declare(bindings: Record<string, string>): void {
    for (const prefix in bindings) {
      const uri = bindings[prefix];
      if (prefix && prefix !== 'xml' && prefix !== 'xmlns' && !this.declared.has(uri)) this.declared.set(uri, prefix);
    }
  }

  /** The namespace a document of the filing (instance first) binds to `prefix`. */
  declaredUri(prefix: string): string | undefined {
    for (const [uri, p] of this.declared) if (p === prefix) return uri;
    return undefined;
  }

  prefixOf(uri: string): string {
    let p = this.byUri.get(uri);
    if (p !== undefined) return p;
    for (const [re, name] of WELL_KNOWN) {
      const m = re.exec(uri);
      if (m) {
        p = typeof name === 'string' ? name : name(m);
        break;
      }
    }
    p ??= this.declared.get(uri) ?? 'ns';
    if (this.taken.has(p)) {
      // A prefix already used for another namespace: number it, so names stay unique.
      let i = 1;
      while (this.taken.has(`${p}${i}`)) i++;
      p = `${p}${i}`;
    }
    this.byUri.set(uri, p);
    this.taken.add(p);
    return p;
  }

  qname(uri: string, local: string): string {
    return `${this.prefixOf(uri)}:${local}`;
  }
}

export const isDei = (uri: string) => /^https?:\/\/(xbrl\.sec\.gov|xbrl\.us)\/dei\//.test(uri);
export const isIso4217 = (uri: string) => uri === 'http://www.xbrl.org/2003/iso4217';
