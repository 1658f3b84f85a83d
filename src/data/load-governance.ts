import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CapitalReturnFile } from './files/capital-return.schema.js';
import { EventsFile } from './files/events.schema.js';
import { GovernanceFile } from './files/governance.schema.js';
import { OutlookFile } from './files/outlook.schema.js';
import { QuotesFile } from './files/quotes.schema.js';
import { readYaml, type Loaded } from './read-yaml.js';

/** The optional files of a disclosure beyond its tables: each is absent when the disclosure says nothing of the kind. */
export interface LoadedGovernance {
  governance?: Loaded<GovernanceFile>;
  capitalReturn?: Loaded<CapitalReturnFile>;
  outlook?: Loaded<OutlookFile>;
  events?: Loaded<EventsFile>;
  quotes?: Loaded<QuotesFile>;
}

/** Reads and validates governance.yaml, capital-return.yaml, outlook.yaml, events.yaml and quotes.yaml where present. */
export function loadGovernance(dir: string, display: (p: string) => string): LoadedGovernance {
  const optional = <T>(name: string, read: (path: string) => Loaded<T>): Loaded<T> | undefined => {
    const path = join(dir, name);
    return existsSync(path) ? read(path) : undefined;
  };
  return {
    governance: optional('governance.yaml', (p) => readYaml(p, GovernanceFile, display)),
    capitalReturn: optional('capital-return.yaml', (p) => readYaml(p, CapitalReturnFile, display)),
    outlook: optional('outlook.yaml', (p) => readYaml(p, OutlookFile, display)),
    events: optional('events.yaml', (p) => readYaml(p, EventsFile, display)),
    quotes: optional('quotes.yaml', (p) => readYaml(p, QuotesFile, display)),
  };
}
