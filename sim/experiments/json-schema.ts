/** The JSON Schema of experiment files, generated from the zod schema (editors autocomplete with it). */
import { z } from 'zod';
import { ExperimentSchema } from './schema.js';

/** Name of the checked-in schema file next to the shipped scenarios. */
export const EXPERIMENT_SCHEMA_FILE_NAME = 'experiment.schema.json';

/** The experiment JSON Schema (draft 2020-12) as a pretty-printed string ending in a newline. */
export function experimentJsonSchemaText(): string {
  const schema = z.toJSONSchema(ExperimentSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'cogov experiment', $id: 'https://cogov.dev/experiment.schema.json' }, null, 2)}\n`;
}
