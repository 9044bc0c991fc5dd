/**
 * docs/k8s/cogov-indexed-job.yaml, run without Kubernetes: each pod's command under `sh` with its
 * JOB_COMPLETION_INDEX (paths pointed at this checkout and a temp folder, demo-small swapped for a
 * tiny city so it runs in seconds, 1,000 runs in 8 shards scaled to 9 runs in 3), then the merge Job's wait and merge commands; the result must be the bytes
 * of a local `cogov run` with the same seed. Guards the manifest's shell and its index → shard rule.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cogovAsync, ROOT } from './helpers.js';

const TINY = `name: { en: Tiny test city, zh: 微型测试城市 }
description: { en: 8 communities over 18 months, zh: 8个小区，18个月 }
calendar: { start: "2024-07", end: "2025-12", keyYear: 2025 }
city:
  generate:
    communities: 8
`;

interface Container {
  name: string;
  args: string[];
}
interface Manifest {
  kind: string;
  spec: {
    completionMode?: string;
    completions?: number;
    template: { spec: { initContainers?: Container[]; containers: Container[] } };
  };
}

function shell(script: string, env: Record<string, string> = {}): Promise<{ code: number; err: string }> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => done({ code: code ?? -1, err }));
  });
}

describe('docs/k8s/cogov-indexed-job.yaml', () => {
  it('pod i runs shard i+1; the merge Job waits for every shard and merges the bytes of a local run', async () => {
    const text = readFileSync(join(ROOT, 'docs', 'k8s', 'cogov-indexed-job.yaml'), 'utf8');
    const docs = parseAllDocuments(text).map((d) => d.toJS() as Manifest);
    const [indexed, merge] = docs.filter((d) => d.kind === 'Job');
    expect(indexed.spec.completionMode).toBe('Indexed');
    expect(indexed.spec.completions).toBe(8);
    const data = mkdtempSync(join(tmpdir(), 'cogov-k8s-'));
    writeFileSync(join(data, 'tiny.yaml'), TINY);
    const scale = (s: string) =>
      s
        .replace('/opt/cogov/scenarios/demo-small.yaml', join(data, 'tiny.yaml'))
        .replaceAll('/opt/cogov', ROOT.replace(/\/$/, ''))
        .replaceAll('/data/', `${data}/`)
        .replace('--runs 1000', '--runs 9')
        .replace('--workers 2', '--workers 1')
        .replaceAll('/8"', '/3"')
        .replace('-le 8', '-le 3')
        .replace(' 1 8)', ' 1 3)')
        .replace('sleep 15', 'sleep 0.2');
    const pod = scale(indexed.spec.template.spec.containers[0].args[0]);
    const wait = scale(merge.spec.template.spec.initContainers![0].args[0]);
    const mergeCmd = scale(merge.spec.template.spec.containers[0].args[0]);
    expect(pod).toContain('--shard "$k/3"');

    // The merge Job starts first and must wait for the shards.
    const merged = shell(`${wait} && ${mergeCmd}`);
    const pods = [0, 1, 2].map((i) => shell(pod, { JOB_COMPLETION_INDEX: String(i) }));
    const local = cogovAsync([
      'run',
      join(data, 'tiny.yaml'),
      '--runs',
      '9',
      '--seed',
      '42',
      '--out',
      join(data, 'local'),
      '-q',
    ]);
    for (const p of await Promise.all(pods)) expect(p.code, p.err).toBe(0);
    const m = await merged;
    expect(m.code, m.err).toBe(0);
    expect((await local).code).toBe(0);
    for (const f of ['curves.csv', 'runs.csv', 'summary.json']) {
      const a = readFileSync(join(data, 'local', f), 'latin1');
      expect(readFileSync(join(data, 'out', 'demo-small', f), 'latin1') === a, f).toBe(true);
    }
  });
});
