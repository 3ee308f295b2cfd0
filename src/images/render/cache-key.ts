import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { ImageElement } from '../element.ts';
import type { FontFace } from '../fonts/font-face.ts';
import { pipelineVersion, pngOptions } from './render-png.ts';

const require = createRequire(import.meta.url);
const fontDigests = new Map<string, string>();

function sha256(data: string | Buffer): string {
	return createHash('sha256').update(data).digest('hex');
}

function fontDigest(file: string): string {
	let digest = fontDigests.get(file);
	if (!digest) fontDigests.set(file, (digest = sha256(readFileSync(file))));
	return digest;
}

/** The renderer's own versions: a new satori, sharp or libvips can draw the same tree differently. */
const rendererVersions = { satori: (require('satori/package.json') as { version: string }).version, ...sharp.versions };

/** Everything an image depends on. */
export interface CacheInputs {
	template: string;
	version: number;
	width: number;
	height: number;
	data: unknown;
	/** The drawn tree: it also catches changes to icons and shared parts that no template version records. */
	tree: ImageElement;
	fonts: readonly FontFace[];
}

/** A content hash of every input of an image, so an unchanged image is never drawn twice. */
export function computeCacheKey(inputs: CacheInputs): string {
	const fonts = inputs.fonts.map((face) => ({ name: face.name, weight: face.weight, sha256: fontDigest(face.file) }));
	return sha256(JSON.stringify({ ...inputs, fonts, renderer: rendererVersions, png: pngOptions, pipeline: pipelineVersion }));
}
