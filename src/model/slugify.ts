/** Letters NFKD does not decompose into a base letter plus accents. */
const foldedLetters: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i',
};

/** A URL-safe, lower-case, hyphenated form of a name: "Zoë O'Brien-Núñez" -> "zoe-obrien-nunez"; empty when no Latin letters remain. */
export function slugify(text: string, maxLength = 60): string {
	const folded = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßæœøđðþłı]/g, (letter) => foldedLetters[letter] ?? letter)
		.replace(/['\u2019]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (folded.length <= maxLength) return folded;
	const cut = folded.slice(0, maxLength + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
