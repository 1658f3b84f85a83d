/**
 * A filing that cannot be read: malformed XML, a broken reference in XBRL discovery, or a
 * fact that points at nothing. The message names the file, the element and the reason,
 * so start-up can stop with something a person can act on.
 */
export class XbrlError extends Error {
  override readonly name = 'XbrlError';
  constructor(
    /** Absolute path of the file at fault. */
    readonly file: string,
    /** The element, as a short path (`xbrl/context[@id="c-7"]/period`) or name, with its line when known. */
    readonly element: string | null,
    readonly reason: string,
  ) {
    super(`${file}${element ? `: ${element}` : ''}: ${reason}`);
  }
}
