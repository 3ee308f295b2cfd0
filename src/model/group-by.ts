/** Groups items by a key, keeping each group in the items' order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const list = groups.get(key(item)) ?? [];
		groups.set(key(item), list);
		list.push(item);
	}
	return groups;
}
