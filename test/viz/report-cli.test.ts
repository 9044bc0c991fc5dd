import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { Command, CommanderError } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../sim/cli/errors.js';
import { registerReport } from '../../sim/cli/report.js';
import { FIGURE } from '../../viz/io/png.js';
import { readReportData } from '../../viz/io/read.js';
import { buildCharts } from '../../viz/plan.js';
import { buildFixture } from './fixture.js';

let dir: string;

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'cogov-viz-cli-')), 'out');
  buildFixture(dir);
});

/** Run `cogov report …` in-process; returns what it printed, or the error it threw. */
async function report(args: string[]) {
  let out = '';
  let err = '';
  const program = new Command('cogov')
    .exitOverride()
    .configureOutput({ writeOut: (t) => (out += t), writeErr: (t) => (err += t) });
  registerReport(program, { out: (t) => (out += t), err: (t) => (err += t) });
  try {
    await program.parseAsync(['report', ...args], { from: 'user' });
    return { out, err, error: null };
  } catch (error) {
    return { out, err, error: error as Error };
  }
}

/** Pixels of a decoded image: drawn (not white) and coloured (not grey). */
async function pixels(png: Buffer) {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, img.width, img.height).data;
  let drawn = 0;
  let coloured = 0;
  // Ink in the bottom-left corner (the last 30 rows, the first 240 columns): the caption line's start.
  let corner = 0;
  // Every 3rd pixel is plenty to tell ink from blank.
  for (let i = 0; i < d.length; i += 12) {
    const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
    const ink = r < 245 || g < 245 || b < 245;
    if (ink) drawn++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
    const x = (i / 4) % img.width;
    if (ink && i / 4 >= (img.height - 30) * img.width && x < 240) corner++;
  }
  return { width: img.width, height: img.height, drawn, coloured, corner, total: d.length / 12 };
}

describe('cogov report', () => {
  it('renders DIR/report.html in the scenario language by default, the same bytes every time', async () => {
    const r = await report([dir]);
    expect(r.error).toBeNull();
    expect(r.out).toBe(`wrote ${join(dir, 'report.html')}\n`);
    const first = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(first).toContain('<html lang="en">');
    await report([dir, '--quiet']);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(first);
    expect(readdirSync(dir).filter((f) => f.startsWith('.cogov-tmp'))).toEqual([]);
  });

  it('--lang zh --png: Chinese messages and report, every chart as a 300 dpi PNG that decodes and is not blank', async () => {
    const r = await report([dir, '--lang', 'zh', '--png']);
    expect(r.error).toBeNull();
    expect(r.out).toContain(`已写入 ${join(dir, 'report.html')}`);
    expect(r.out).toMatch(/已生成 \d+ 张图/);
    expect(r.err).toBe('');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<html lang="zh-CN">');
    const charts = buildCharts(readReportData(dir), 'zh');
    const files = readdirSync(join(dir, 'figures')).sort();
    expect(files).toEqual(charts.map((c) => `${c.id}.png`).sort());
    for (const f of files) {
      const bytes = readFileSync(join(dir, 'figures', f));
      const p = await pixels(bytes);
      expect(p.width, f).toBe(FIGURE.width * FIGURE.pixelRatio);
      expect(p.height, f).toBe(FIGURE.height * FIGURE.pixelRatio);
      const spec = charts.find((c) => `${c.id}.png` === f)!;
      if (spec.empty) {
        // Nothing to draw: the note in place of data and scale (ink, but no coloured data).
        expect(p.drawn / p.total, `${f} has ink`).toBeGreaterThan(0.002);
        expect(p.coloured, `${f} draws no data`).toBeLessThan(50);
      } else {
        expect(p.drawn / p.total, `${f} has ink`).toBeGreaterThan(0.01);
        expect(p.coloured, `${f} has coloured data`).toBeGreaterThan(300);
      }
      // The caption line (scenario · runs · bands) starts at the bottom left; band legends are centred.
      if (spec.meta.ranges[2] === 1) expect(p.corner, `${f} has its caption`).toBeGreaterThan(20);
      // pHYs: 300 dpi = 11,811 pixels per metre.
      const at = bytes.indexOf('pHYs');
      expect(at, f).toBeGreaterThan(0);
      expect(bytes.readUInt32BE(at + 4)).toBe(11811);
    }
  });

  it('a folder without outputs is a usage error (exit 2) naming the problem, in the chosen language', async () => {
    const missing = join(dir, 'nope');
    const r = await report([missing]);
    expect(r.error).toBeInstanceOf(CliError);
    expect((r.error as CliError).exitCode).toBe(EXIT.usage);
    expect(r.error!.message).toBe(
      `${missing} is not an output folder of cogov (run, compare, sweep, sensitivity or levers): ${missing} does not exist`,
    );
    const zh = await report([join(dir, 'figures'), '--lang', 'zh']);
    expect(zh.error!.message).toMatch(
      /不是 cogov 的输出文件夹（run、compare、sweep、sensitivity 或 levers）：.*curves\.csv is missing/,
    );
    expect(existsSync(join(dir, 'figures', 'report.html'))).toBe(false);
  });

  it('--lang accepts en and zh only, saying so in both languages', async () => {
    const r = await report([dir, '--lang', 'fr']);
    expect(r.error).toBeInstanceOf(CommanderError);
    expect(r.err).toContain('--lang must be en or zh, got "fr" / --lang 只能是 en 或 zh，收到 "fr"');
  });
});
