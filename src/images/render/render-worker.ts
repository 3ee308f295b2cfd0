import { readFile } from 'node:fs/promises';
import { move } from 'piscina';
import sharp from 'sharp';
import type { ImageElement } from '../element.ts';
import type { FontWeight } from '../text-style.ts';
import { renderPng, type LoadedFont } from './render-png.ts';

/** What a worker needs to draw one image: the tree, its size, and the font files it uses. */
export interface RenderTask {
	tree: ImageElement;
	width: number;
	height: number;
	fonts: { name: string; weight: FontWeight; file: string }[];
}

// The pool already runs a worker per core; libvips threads on top would only contend for them,
// and one thread draws and quantises an image the same way every time.
sharp.concurrency(1);

// One Buffer per file and one array per set of faces for the worker's lifetime: satori caches
// parsed fonts by buffer identity, and font loaders (with their shaping caches) by array.
const fontBytes = new Map<string, Promise<Buffer>>();
const fontSets = new Map<string, Promise<LoadedFont[]>>();

function readFont(file: string): Promise<Buffer> {
	let bytes = fontBytes.get(file);
	if (!bytes) fontBytes.set(file, (bytes = readFile(file)));
	return bytes;
}

function loadFonts(faces: RenderTask['fonts']): Promise<LoadedFont[]> {
	const key = JSON.stringify(faces);
	let fonts = fontSets.get(key);
	if (!fonts) {
		fonts = Promise.all(faces.map(async ({ name, weight, file }) => ({ name, weight, data: await readFont(file), style: 'normal' as const })));
		fontSets.set(key, fonts);
	}
	return fonts;
}

/** Draws one image on a Piscina worker thread; the PNG's memory moves to the main thread rather than being copied. */
export default async function renderTask(task: RenderTask): Promise<Uint8Array> {
	const fonts = await loadFonts(task.fonts);
	// A copy owns its memory outright, so it can be moved instead of cloned.
	return move(new Uint8Array(await renderPng(task.tree, task.width, task.height, fonts))) as Uint8Array;
}
