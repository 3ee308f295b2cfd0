/** Namespace the OB 2.0 baking spec binds to the `openbadges:` prefix in SVG. */
const OB_SVG_NAMESPACE = 'http://openbadges.org';
/** Namespace the OB 3.0 baking spec binds to the `openbadges:` prefix in SVG. */
const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

const ASSERTION_ELEMENT = /<openbadges:assertion\b([^>]*?)(\/>|>([\s\S]*?)<\/openbadges:assertion\s*>)/;
const CREDENTIAL_ELEMENT = /<openbadges:credential\b([^>]*?)(\/>|>([\s\S]*?)<\/openbadges:credential\s*>)/;
const ROOT_START = /<svg\b[^>]*>/;

export interface SvgBadge {
	/** The `verify` attribute: where the hosted assertion lives. */
	verify: string | undefined;
	/** The embedded assertion text. */
	assertion: string;
}

/**
 * Returns `svg` with `<openbadges:assertion verify="…">` holding `assertion` in CDATA as the
 * first child of the root, replacing any earlier one (the spec allows exactly one).
 */
export function bakeSvg(svg: string, assertion: string, verifyUrl: string): string {
	const element = `<openbadges:assertion verify="${escapeAttribute(verifyUrl)}">${toCdata(assertion)}</openbadges:assertion>`;
	return insertFirst(svg.replace(new RegExp(ASSERTION_ELEMENT.source, 'g'), ''), element, OB_SVG_NAMESPACE);
}

/**
 * Returns `svg` with `<openbadges:credential>` holding an OB 3.0 credential (JSON) in CDATA as
 * the first child of the root, in the OB 3.0 namespace, replacing any earlier one. An SVG
 * already baked for OB 2.0 binds the prefix to the 2.0 namespace, so bake a fresh image.
 */
export function bakeSvgCredential(svg: string, credential: string): string {
	const element = `<openbadges:credential>${toCdata(credential)}</openbadges:credential>`;
	return insertFirst(svg.replace(new RegExp(CREDENTIAL_ELEMENT.source, 'g'), ''), element, OB3_SVG_NAMESPACE);
}

function insertFirst(svg: string, element: string, namespace: string): string {
	const root = ROOT_START.exec(svg);
	if (root === null) throw new Error('The badge image has no <svg> root element, so it cannot be baked; render it as SVG first.');
	const start = root[0].includes('xmlns:openbadges=') ? root[0] : root[0].replace(/^<svg\b/, `<svg xmlns:openbadges="${namespace}"`);
	const after = root.index + root[0].length;
	return `${svg.slice(0, root.index)}${start}${element}${svg.slice(after)}`;
}

/** The baked assertion and its `verify` URL, or undefined when the SVG carries none. */
export function extractSvgAssertion(svg: string): SvgBadge | undefined {
	return extractElement(svg, ASSERTION_ELEMENT);
}

/**
 * The baked OB 3.0 credential: the element's text (JSON), or for a VC-JWT baked the other
 * allowed way, its `verify` attribute.
 */
export function extractSvgCredential(svg: string): SvgBadge | undefined {
	return extractElement(svg, CREDENTIAL_ELEMENT);
}

function extractElement(svg: string, element: RegExp): SvgBadge | undefined {
	const match = element.exec(svg);
	if (match === null) return undefined;
	const verify = /\bverify\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[1] ?? '');
	const raw = verify?.[1] ?? verify?.[2];
	return { verify: raw === undefined ? undefined : unescapeXml(raw), assertion: readCharacterData(match[3] ?? '') };
}

/** CDATA cannot contain `]]>`, so that sequence is split across two sections. */
function toCdata(text: string): string {
	return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Joins CDATA sections verbatim and unescapes the text between them, as an XML parser would. */
function readCharacterData(content: string): string {
	const parts = content.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
	const text = parts.map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : unescapeXml(part))).join('');
	// Bakers often indent the block; no assertion form (JSON, JWS, URL) has meaningful outer whitespace.
	return text.trim();
}

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function unescapeXml(value: string): string {
	return value.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
		const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return named[name.toLowerCase()] ?? entity;
	});
}
