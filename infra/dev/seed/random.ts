/** mulberry32: a small, fixed-seed generator, so every run draws the same names and amounts. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws over one generator: whole numbers in a range, picks, weighted picks. */
export function draws(random: () => number) {
  const between = (min: number, max: number) => Math.floor(min + random() * (max - min + 1));
  return {
    random,
    between,
    chance: (p: number) => random() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!,
    /** One of the keys, in proportion to its weight. */
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const entries = Object.entries(weights) as [K, number][];
      let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, w] of entries) if ((r -= w) < 0) return key;
      return entries[entries.length - 1]![0];
    },
  };
}

export type Draws = ReturnType<typeof draws>;
