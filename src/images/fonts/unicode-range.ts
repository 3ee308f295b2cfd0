/** An inclusive range of Unicode code points. */
export type CodePointRange = readonly [number, number];

/** Parses a CSS `unicode-range` value such as `U+0000-00FF,U+0131`. */
export function parseUnicodeRange(value: string): CodePointRange[] {
	return value.split(',').map((part) => {
		const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
		if (!match) throw new Error(`"${part}" in unicode-range "${value}" is not of the form U+XXXX or U+XXXX-YYYY; the font package's unicode.json may be damaged, reinstall it.`);
		const start = Number.parseInt(match[1]!, 16);
		return [start, match[2] ? Number.parseInt(match[2], 16) : start] as const;
	});
}

export function rangesInclude(ranges: readonly CodePointRange[], codePoint: number): boolean {
	return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}
