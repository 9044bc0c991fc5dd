import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STALL_REASONS, TRACE_KINDS } from '../../sim/model/trace.js';

const doc = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');

describe('docs/MODEL.md describes the event log', () => {
  it('names every event kind and every stall reason in its observation section', () => {
    const start = doc.indexOf('### The event log');
    const end = doc.indexOf('\n## 9.', start);
    expect(start).toBeGreaterThan(doc.indexOf('## 8. Observation'));
    const text = doc.slice(start, end);
    for (const k of TRACE_KINDS) expect(text, k).toContain(`\`${k}\``);
    for (const r of STALL_REASONS) expect(text, r).toContain(`\`${r}\``);
  });
});
