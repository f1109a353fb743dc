import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * Calls `onLine` with each whole line of a child's output. Split by line, not by chunk: a JSON record
 * cut across two chunks would otherwise reach the formatter in halves.
 */
export function relayLines(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line) onLine(line);
  });
}
