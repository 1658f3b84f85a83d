/** Page sizes of every connection: `first`/`last` from 1 to MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE without either. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Most IDs `nodes(ids:)` takes, as GitHub's API does. */
export const MAX_NODE_IDS = 100;
