/** The JSON Schema of the scenario format, generated from the zod schema (editors autocomplete with it). */
import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

/** Name of the checked-in schema file next to the shipped scenarios. */
export const SCHEMA_FILE_NAME = 'scenario.schema.json';

/** The scenario JSON Schema (draft 2020-12) as a pretty-printed string ending in a newline. */
export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'cogov scenario', $id: 'https://cogov.dev/scenario.schema.json' }, null, 2)}\n`;
}
