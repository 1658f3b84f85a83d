import type { GovernanceNode } from './governance/model.js';
import type { CoreNode } from './model.js';

/** Every entity of the graph: what `node(id:)` can return. */
export type Node = CoreNode | GovernanceNode;
