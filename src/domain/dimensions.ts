import type { Dimension } from './model.js';

/** The dimensions of a fact or column on the default member of every axis: one shared, frozen list. */
export const NO_DIMENSIONS: readonly Dimension[] = Object.freeze([]);
