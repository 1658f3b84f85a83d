import { describe, expect, it } from 'vitest';
import { conforms } from '../../src/graphql/conforms.js';

enum Kind {
  A = 'A',
  B = 'B',
}

class Shape {
  name!: string;
  kind!: Kind;
  size!: number | null;
}

describe('GraphQL classes checked against domain objects (conforms)', () => {
  it('accepts a domain type with the same fields, an enum as its values, and more fields', () => {
    conforms<Shape, { name: string; kind: 'A' | 'B'; size: number | null; extra: boolean }>();
    expect(true).toBe(true);
  });

  it('refuses a renamed or retyped domain field at compile time', () => {
    // @ts-expect-error `name` was renamed in the domain
    conforms<Shape, { title: string; kind: 'A'; size: number | null }>();
    // @ts-expect-error `size` may be undefined in the domain
    conforms<Shape, { name: string; kind: 'A'; size: number | undefined }>();
    // @ts-expect-error `kind` has a value the enum lacks
    conforms<Shape, { name: string; kind: 'A' | 'C'; size: number | null }>();
    expect(true).toBe(true);
  });
});
