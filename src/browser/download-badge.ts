import { bakeBadgeFile, bakeCredentialFile, type BadgeFormat } from '../openbadges/bake-badge-file.ts';

/**
 * Wires every `<button data-download-badge data-assertion data-image data-filename [data-format="svg"]>`
 * to bake the hosted assertion into the badge image in the browser and save the result; with
 * `data-credential` instead of `data-assertion`, the signed Open Badges 3.0 credential is baked.
 * A `[data-download-status]` element beside the button announces the outcome.
 */
export function startBadgeDownloads(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-download-badge]')) {
		button.addEventListener('click', () => void downloadBadge(button));
	}
}

async function downloadBadge(button: HTMLButtonElement): Promise<void> {
	const status = button.parentElement?.querySelector('[data-download-status]');
	const { assertion, credential, image, filename } = button.dataset;
	const source = credential ?? assertion;
	button.disabled = true;
	try {
		if (source === undefined || image === undefined || filename === undefined) {
			throw new Error('the button lacks data-assertion (or data-credential), data-image or data-filename');
		}
		const [text, png] = await Promise.all([fetchOk(source).then((response) => response.text()), fetchOk(image).then((response) => response.arrayBuffer())]);
		const format = readFormat(button.dataset['format']);
		const file = credential === undefined ? bakeBadgeFile(format, new Uint8Array(png), text) : bakeCredentialFile(format, new Uint8Array(png), text);
		save(new Blob([file.bytes], { type: file.type }), filename);
		if (status) status.textContent = 'Badge downloaded.';
	} catch (error) {
		if (status) status.textContent = `The badge could not be downloaded: ${error instanceof Error ? error.message : String(error)}. Check your connection and try again.`;
	} finally {
		button.disabled = false;
	}
}

function readFormat(value: string | undefined): BadgeFormat {
	if (value === undefined || value === 'png') return 'png';
	if (value === 'svg') return 'svg';
	throw new Error(`data-format is "${value}"; use png or svg`);
}

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
	return response;
}

function save(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// The click starts the download asynchronously; revoking at once can cancel it in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
