import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
/** Compressed as a CDN compresses them; Pagefind's own index files are already gzipped. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg']);

/**
 * Bytes a first-time visitor's browser transfers for `/search/?q=<term>` until the network is
 * idle: the page, its styles, scripts and fonts, Pagefind's runtime and the index chunks and
 * result fragments the query needs. Served gzipped, as any CDN serves text.
 */
export async function measureFirstSearch(siteDir: string, term: string): Promise<number> {
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let file = path.join(siteDir, decodeURIComponent(url.pathname));
		if ((await stat(file).catch(() => undefined))?.isDirectory()) file = path.join(file, 'index.html');
		const body = await readFile(file).catch(() => undefined);
		if (!body) {
			response.writeHead(404).end();
			return;
		}
		const extension = path.extname(file);
		const gzip = compressible.has(extension) && /gzip/.test(String(request.headers['accept-encoding']));
		response.writeHead(200, { 'Content-Type': types[extension] ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
		response.end(gzip ? gzipSync(body) : body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		// Counted per request, not from the page's DevTools session: Pagefind fetches its index from a
		// web worker, whose traffic that session does not see.
		const sizes: Promise<number>[] = [];
		context.on('requestfinished', (request) => sizes.push(request.sizes().then(({ responseBodySize, responseHeadersSize }) => responseBodySize + responseHeadersSize)));
		await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(term)}`, { waitUntil: 'networkidle' });
		await page.locator('#search-results li').first().waitFor();
		const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
		return bytes;
	} finally {
		await browser.close();
		server.close();
		server.closeAllConnections();
	}
}
