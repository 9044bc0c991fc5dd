/** The JSON Schema of payoff-table game files, generated from the zod schema (editors autocomplete with it). */
import { z } from 'zod';
import { TableGameSchema } from './table-schema.js';

/** Name of the checked-in schema file next to the shipped games (scenarios/games/). */
export const GAME_SCHEMA_FILE_NAME = 'game.schema.json';

/** The `$id` of the game JSON Schema (own-files recognises `cogov schema --game -o FILE` by it). */
export const GAME_SCHEMA_ID = 'https://cogov.dev/game.schema.json';

/** The game JSON Schema (draft 2020-12) as a pretty-printed string ending in a newline. */
export function gameJsonSchemaText(): string {
  const schema = z.toJSONSchema(TableGameSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'cogov game', $id: GAME_SCHEMA_ID }, null, 2)}\n`;
}
