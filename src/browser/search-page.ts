/** The parts of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface Pagefind {
	options: (options: { baseUrl: string }) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (
		term: string | null,
		options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
	) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

/** Facets in the order educators narrow by; others Pagefind reports follow alphabetically. */
const facetOrder = ['Type', 'Focus area', 'Issuer', 'Grade band', 'Subject', 'Evidence type', 'Contact hours'];
const pageSize = 20;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Rebuilds Pagefind's excerpt from text and <mark> only, so indexed text can never inject markup. */
function renderExcerpt(excerpt: string): DocumentFragment {
	const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	const fragment = document.createDocumentFragment();
	for (const node of parsed.body.firstElementChild?.childNodes ?? []) {
		if (node.nodeName === 'MARK') fragment.append(element('mark', {}, node.textContent ?? ''));
		else fragment.append(document.createTextNode(node.textContent ?? ''));
	}
	return fragment;
}

function renderFacets(container: HTMLElement, available: Record<string, Record<string, number>>, selected: Map<string, Set<string>>) {
	container.replaceChildren();
	const names = Object.keys(available).sort((a, b) => {
		const rank = (name: string) => (facetOrder.includes(name) ? facetOrder.indexOf(name) : facetOrder.length);
		return rank(a) - rank(b) || a.localeCompare(b);
	});
	names.forEach((name, facetIndex) => {
		const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
		if (values.length === 0) return;
		const fieldset = element('fieldset');
		fieldset.append(element('legend', {}, name));
		values.forEach(([value, count], valueIndex) => {
			const id = `facet-${facetIndex}-${valueIndex}`;
			const input = element('input', { type: 'checkbox', id, 'data-facet': name, value });
			input.checked = selected.get(name)?.has(value) ?? false;
			const label = element('label', { for: id });
			label.append(input, document.createTextNode(value), element('span', { class: 'count' }, `(${count})`));
			fieldset.append(label);
		});
		container.append(fieldset);
	});
}

/** Wires the search page: keywords, facet checkboxes and sort, with the query kept in the URL. */
export async function startSearch(baseUrl: string): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#search-input');
	const sort = document.querySelector<HTMLSelectElement>('#search-sort');
	const facets = document.querySelector<HTMLElement>('#search-facets');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	if (!form || !input || !sort || !facets || !status || !list) return;

	const pagefind = (await import(/* @vite-ignore */ `${baseUrl.replace(/\/?$/, '/')}pagefind/pagefind.js`)) as Pagefind;
	await pagefind.options({ baseUrl });
	await pagefind.init();
	const available = await pagefind.filters();

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	sort.value = params.get('sort') ?? '';
	const selected = new Map<string, Set<string>>();
	for (const [key, value] of params) {
		if (!key.startsWith('f.')) continue;
		const name = key.slice(2);
		selected.set(name, new Set([...(selected.get(name) ?? []), value]));
	}
	renderFacets(facets, available, selected);

	let generation = 0;
	const run = async () => {
		const current = ++generation;
		const term = input.value.trim();
		const filters = Object.fromEntries([...selected].filter(([, values]) => values.size > 0).map(([name, values]) => [name, [...values]]));
		const [key, direction] = sort.value.split(':');
		const sortOption: Record<string, 'asc' | 'desc'> | undefined = key && (direction === 'asc' || direction === 'desc') ? { [key]: direction } : undefined;
		const search = await pagefind.search(term || (Object.keys(filters).length > 0 || sortOption ? null : ''), {
			filters,
			...(sortOption ? { sort: sortOption } : {}),
		});
		const page = await Promise.all(search.results.slice(0, pageSize).map((result) => result.data()));
		if (current !== generation) return;

		const next = new URLSearchParams();
		if (term) next.set('q', term);
		if (sort.value) next.set('sort', sort.value);
		for (const [name, values] of selected) for (const value of values) next.append(`f.${name}`, value);
		history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}`);

		list.replaceChildren(
			...page.map((data) => {
				const item = element('li');
				const heading = element('h3');
				heading.append(element('a', { href: data.url }, data.meta['title'] ?? data.url));
				const details = [data.filters['Type']?.[0], data.filters['Focus area']?.[0], data.meta['hours'] && `${data.meta['hours']} contact hours`].filter(Boolean);
				const excerpt = element('p');
				excerpt.append(renderExcerpt(data.excerpt));
				item.append(heading, element('p', { class: 'meta' }, details.join(' · ')), excerpt);
				return item;
			}),
		);
		const total = search.results.length;
		const shown = total > pageSize ? ` Showing the first ${pageSize}.` : '';
		status.textContent = term || Object.keys(filters).length > 0 ? `${total} result${total === 1 ? '' : 's'}${term ? ` for “${term}”` : ''}.${shown}` : '';
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 200);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	sort.addEventListener('change', () => void run());
	facets.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		const name = box.dataset['facet'];
		if (!name) return;
		const values = selected.get(name) ?? new Set<string>();
		if (box.checked) values.add(box.value);
		else values.delete(box.value);
		selected.set(name, values);
		void run();
	});
	if (input.value || selected.size > 0 || sort.value) await run();
}
