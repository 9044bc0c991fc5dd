/**
 * The explorer's Web Worker: runs one seeded simulation per message with the same pure engine as
 * the CLI (`runOne`), on the scenario text the page sends (parsed once per distinct text), and posts
 * the result back with its values buffer transferred rather than copied.
 */
import { parseScenarioText } from '../scenarios/parse.js';
import { type Scenario, ScenarioSchema } from '../scenarios/schema.js';
import { runOne } from '../sim/run.js';
import type { RunRequest, RunResponse } from './protocol.js';

/** The worker global as far as this file uses it (the page's tsconfig has the DOM lib only). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: RunResponse, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let cachedText = '';
let cached: Scenario | null = null;

function scenarioOf(text: string): Scenario {
  if (cached && text === cachedText) return cached;
  const parsed = parseScenarioText(text, 'scenario.yaml', ScenarioSchema);
  if (!parsed.ok)
    throw new Error(parsed.issues.map((i) => `${i.line}:${i.col} ${i.path}: ${i.message}`).join('\n'));
  cachedText = text;
  cached = parsed.value;
  return cached;
}

scope.onmessage = (e) => {
  const { job, index, seed, text } = e.data;
  try {
    const r = runOne(scenarioOf(text), seed);
    const msg: RunResponse = {
      kind: 'run',
      job,
      run: {
        index,
        seed: r.seed,
        ticks: r.ticks,
        dates: r.dates,
        metrics: r.metrics,
        values: r.values,
        indicators: r.indicators,
      },
    };
    scope.postMessage(msg, [r.values.buffer]);
  } catch (err) {
    scope.postMessage({
      kind: 'error',
      job,
      index,
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
