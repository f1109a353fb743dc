/** The API benchmark's printed tables (and the machine line every benchmark prints). */
import os from 'node:os';
import { pairedRatio, type Summary } from './figures';
import type { ComparisonResult } from './load';
import type { StatementCount } from './statements';

/** Which target is compared with which, by label: [subject, baseline]. */
export type RatioPair = [string, string];

const num = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '-';

/** A Markdown table, columns padded to their widest cell: the first `left` left-aligned, the rest right. */
export function table(header: string[], rows: string[][], left = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < left ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export interface RatioFigures {
  baseline: string;
  /** subject rps ÷ baseline rps (below 1: the subject serves fewer requests a second). */
  rps: number;
  /** subject p50 ÷ baseline p50 (above 1: the subject answers more slowly). */
  p50: number;
}

export function ratioOf(result: ComparisonResult, [subject, baseline]: RatioPair): RatioFigures {
  const find = (label: string): Summary => {
    const found = result.summaries.find((s) => s.label === label);
    if (!found) throw new Error(`${result.title} has no target ${label}`);
    return found.summary;
  };
  const s = find(subject).rounds;
  const b = find(baseline).rounds;
  return {
    baseline,
    rps: pairedRatio(
      s.map((r) => r.rps),
      b.map((r) => r.rps),
    ),
    p50: pairedRatio(
      s.map((r) => r.p50),
      b.map((r) => r.p50),
    ),
  };
}

export function throughputTable(results: { result: ComparisonResult; ratios: RatioPair[] }[]): string {
  const rows: string[][] = [];
  for (const { result, ratios } of results) {
    result.summaries.forEach(({ label, summary }, i) => {
      const pair = ratios.find(([subject]) => subject === label);
      const ratio = pair ? ratioOf(result, pair) : undefined;
      rows.push([
        i === 0 ? result.title : '',
        label,
        num(summary.rps),
        `${num(summary.rpsMin)}-${num(summary.rpsMax)}`,
        num(summary.p50, 1),
        num(summary.p99, 1),
        ratio ? `${num(ratio.rps, 2)} of ${ratio.baseline}` : '',
        ratio ? `${num(ratio.p50, 2)}x` : '',
        summary.failed ? num(summary.failed) : '0',
      ]);
    });
  }
  return table(
    ['request', 'target', 'rps', 'rps range', 'p50 ms', 'p99 ms', 'rps ratio', 'p50 ratio', 'failed'],
    rows,
    2,
  );
}

export function statementsTable(counts: StatementCount[]): string {
  const labels = [...new Set(counts.map((c) => c.label))];
  const sizes = [...new Set(counts.map((c) => c.size))];
  const cell = (c: StatementCount | undefined) =>
    c
      ? Object.entries(c.byServer)
          .map(([server, n]) => (Object.keys(c.byServer).length > 1 ? `${n} ${server}` : String(n)))
          .join(' + ')
      : '-';
  return table(
    ['request (n items)', ...sizes.map((s) => `n = ${s}`)],
    labels.map((label) => [
      label,
      ...sizes.map((size) => cell(counts.find((c) => c.label === label && c.size === size))),
    ]),
  );
}

export { num };

/** The machine's load average over 1, 5 and 15 minutes, as printed. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
