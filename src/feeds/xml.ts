/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
