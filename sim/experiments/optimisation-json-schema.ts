/** The JSON Schema of optimisation files, generated from the zod schema (editors autocomplete with it). */
import { z } from 'zod';
import { OptimisationSchema } from './optimisation-schema.js';

/** Name of the checked-in schema file next to the shipped scenarios. */
export const OPTIMISATION_SCHEMA_FILE_NAME = 'optimisation.schema.json';

/** `$id` of the optimisation JSON Schema. */
export const OPTIMISATION_SCHEMA_ID = 'https://cogov.dev/optimisation.schema.json';

/** The optimisation JSON Schema (draft 2020-12) as a pretty-printed string ending in a newline. */
export function optimisationJsonSchemaText(): string {
  const schema = z.toJSONSchema(OptimisationSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'cogov optimisation', $id: OPTIMISATION_SCHEMA_ID }, null, 2)}\n`;
}
