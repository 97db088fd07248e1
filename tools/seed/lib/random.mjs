// Deterministic randomness for the seed: the same seed gives the same numbers, ids and text on
// every machine (no Math.random, no crypto.randomUUID).

/** mulberry32: a tiny 32-bit PRNG, returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive independent seeds from names. */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a bijection on 32-bit integers that scatters consecutive inputs. */
function fmix32(x) {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (x) => HEX[x >>> 24] + HEX[(x >>> 16) & 255] + HEX[(x >>> 8) & 255] + HEX[x & 255];
const hex4 = (x) => HEX[(x >>> 8) & 255] + HEX[x & 255];

/**
 * Version-4-shaped UUIDs from a counter: the first 32 bits are a bijection of (counter + salt), so
 * the ids of one factory never collide (up to 2^32 of them), and look as random as gen_random_uuid().
 */
export function uuidFactory(rng) {
  const salt = [0, 1, 2, 3].map(() => Math.floor(rng() * 4294967296) >>> 0);
  let counter = 0;
  return () => {
    const a = fmix32((counter++ + salt[0]) >>> 0);
    const b = fmix32(a ^ salt[1]);
    const c = fmix32(a ^ salt[2]);
    const d = fmix32(a ^ salt[3]);
    return `${hex8(a)}-${hex4(b >>> 16)}-4${hex4(b).slice(1)}-${hex4(((c >>> 16) & 0x3fff) | 0x8000)}-${hex4(c)}${hex8(d)}`;
  };
}

/** Helpers over one PRNG stream. */
export class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
  }

  /** Integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  between(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /** `[[value, weight], …]` → a value, with probability proportional to its weight. */
  weighted(entries) {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** Approximately normal (Irwin–Hall of 4 uniforms), mean 0, standard deviation `sd`. */
  normal(sd = 1) {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508 * sd;
  }

  /** Fisher–Yates, in place. */
  shuffle(list) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    return list;
  }
}
