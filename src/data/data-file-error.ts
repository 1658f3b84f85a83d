/** A data file that cannot be loaded: names the file, the path inside it and the reason. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file}: ${path || '(root)'}: ${reason}`);
    this.name = 'DataFileError';
  }
}

/** Renders a path such as ["rows", 3, "values", 1] as `rows[3].values[1]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
