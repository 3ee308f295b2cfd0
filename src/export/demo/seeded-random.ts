/** A small deterministic random source, so one seed always yields the same demo export. */
export interface SeededRandom {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** `count` distinct items in random order. */
	sample<T>(items: readonly T[], count: number): T[];
}

/** Hashes the seed text to 32 bits (FNV-1a), so any string is a seed. */
function hashSeed(seed: string): number {
	let hash = 0x811c9dc5;
	for (const char of seed) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
	return hash >>> 0;
}

/** Mulberry32: fast, well distributed, and identical on every platform, unlike Math.random. */
export function createSeededRandom(seed: string): SeededRandom {
	let state = hashSeed(seed);
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick: (items) => items[int(0, items.length - 1)]!,
		sample: (items, count) => {
			const pool = [...items];
			for (let index = pool.length - 1; index > 0; index--) {
				const other = int(0, index);
				[pool[index], pool[other]] = [pool[other]!, pool[index]!];
			}
			return pool.slice(0, count);
		},
	};
}
