/**
 * Compile-time link between a GraphQL object class and the domain object its resolvers
 * return: every field the class declares must exist on the domain type with a compatible
 * type (scalars and enums exactly, an enum by its values; object-valued fields by name),
 * so renaming or retyping a domain field fails `tsc` instead of serving null.
 */
type Leaf<T> = T extends string ? `${T}` : T;
type IsObject<T> = [NonNullable<T>] extends [string | number | boolean] ? false : true;

/** The names of the class's fields that the domain type lacks or types differently. */
export type Mismatched<G, D> = {
  [K in keyof G]-?: K extends keyof D ? (IsObject<G[K]> extends true ? never : [D[K]] extends [Leaf<G[K]>] ? never : K) : K;
}[keyof G];

/** Compiles only when `G`'s fields all match `D` (see above); does nothing at run time. */
export function conforms<G, D>(..._proof: [Mismatched<G, D>] extends [never] ? [] : [mismatched: Mismatched<G, D>]): void {}
