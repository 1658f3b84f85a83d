import { runIngest } from './ingest-command.js';

void runIngest();
