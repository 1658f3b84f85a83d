import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml, type Loaded } from './read-yaml.js';
import { DefinitionsFile, FootnotesFile, MetricsFile, NarrativeFile } from './files/narrative.schema.js';

/** The optional prose files of a disclosure folder: what its text says beyond the tables. */
export interface LoadedNarrative {
  metrics: Loaded<MetricsFile> | null;
  footnotes: Loaded<FootnotesFile> | null;
  definitions: Loaded<DefinitionsFile> | null;
  narrative: Loaded<NarrativeFile> | null;
}

export function loadNarrative(dir: string, display: (p: string) => string): LoadedNarrative {
  const optional = <T>(name: string, schema: Parameters<typeof readYaml>[1]): Loaded<T> | null =>
    existsSync(join(dir, name)) ? (readYaml(join(dir, name), schema, display) as Loaded<T>) : null;
  return {
    metrics: optional<MetricsFile>('metrics.yaml', MetricsFile),
    footnotes: optional<FootnotesFile>('footnotes.yaml', FootnotesFile),
    definitions: optional<DefinitionsFile>('definitions.yaml', DefinitionsFile),
    narrative: optional<NarrativeFile>('narrative.yaml', NarrativeFile),
  };
}
