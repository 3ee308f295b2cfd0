import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { lookUpContentType } from './content-types.ts';

export interface StaticServerOptions {
	/** Folder holding the built site. */
	root: string;
	/** Path the site is mounted under, `/` or `/segment/`. */
	basePath: string;
}

export interface StaticServer {
	/** Absolute URL of the site's home page, ending in the base path. */
	url: string;
	close(): Promise<void>;
}

type Resolution = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/**
 * Serves a built site the way a plain static host (GitHub Pages, Netlify) does, so the gates
 * see the same URLs, redirects and 404 page that visitors will.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const root = resolve(options.root);
	const server = createServer((request, response) => {
		respond(root, options.basePath, request, response).catch((error: unknown) => {
			response.statusCode = 500;
			response.end(`static server failed on ${request.url ?? ''}: ${String(error)}`);
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', done);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${options.basePath}`,
		close: () =>
			new Promise<void>((done, fail) => {
				server.close((error) => (error ? fail(error) : done()));
				// Browsers and the link checker keep connections alive, which would hold close() open.
				server.closeAllConnections();
			}),
	};
}

async function respond(root: string, basePath: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const url = new URL(request.url ?? '/', 'http://127.0.0.1');
	const found = await resolveRequest(root, basePath, url.pathname);
	if (found.kind === 'redirect') {
		response.writeHead(301, { Location: `${found.location}${url.search}` }).end();
		return;
	}
	if (found.kind === 'file') {
		await sendFile(found.file, 200, request, response);
		return;
	}
	const notFoundPage = join(root, '404.html');
	if (await isFile(notFoundPage)) {
		await sendFile(notFoundPage, 404, request, response);
		return;
	}
	response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
}

async function resolveRequest(root: string, basePath: string, pathname: string): Promise<Resolution> {
	if (`${pathname}/` === basePath) return { kind: 'redirect', location: basePath };
	if (!pathname.startsWith(basePath)) return { kind: 'missing' };
	const relative = decodePath(pathname.slice(basePath.length));
	if (relative === undefined) return { kind: 'missing' };
	const target = resolve(root, `.${sep}${relative}`);
	if (target !== root && !target.startsWith(`${root}${sep}`)) return { kind: 'missing' };
	const info = await stat(target).catch(() => undefined);
	if (info?.isFile()) return { kind: 'file', file: target };
	if (!info?.isDirectory()) return { kind: 'missing' };
	if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` };
	const index = join(target, 'index.html');
	return (await isFile(index)) ? { kind: 'file', file: index } : { kind: 'missing' };
}

function decodePath(encoded: string): string | undefined {
	try {
		return decodeURIComponent(encoded);
	} catch {
		return undefined;
	}
}

async function isFile(file: string): Promise<boolean> {
	return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

async function sendFile(file: string, status: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
	const body = await readFile(file);
	response.writeHead(status, { 'Content-Type': lookUpContentType(file), 'Content-Length': body.length });
	response.end(request.method === 'HEAD' ? undefined : body);
}
