import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/catalog/read-catalog.ts';
import { InputError } from '../../../src/errors/format-issues.ts';
import { copyFixture } from '../support/fixture-copy.ts';

let fixture: Awaited<ReturnType<typeof copyFixture>>;
afterEach(() => fixture?.cleanup());

/** Reads the edited fixture and returns the error text with the temp folder replaced by `content`. */
async function errorText(): Promise<string> {
	try {
		await readCatalog(fixture.dir, path.dirname(fixture.dir));
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		return error.message.replaceAll(path.basename(fixture.dir), 'content');
	}
	throw new Error('expected the catalog to be rejected');
}

describe('readCatalog', () => {
	it('reads a valid catalog and applies schema defaults', async () => {
		fixture = await copyFixture('catalog/valid');
		const catalog = await readCatalog(fixture.dir, path.dirname(fixture.dir));
		expect(catalog.credentials.map((entry) => entry.id)).toEqual(['cold-calling', 'think-pair-share']);
		const credential = catalog.credentials[0]!.data;
		expect(credential.version).toBe('1.0');
		expect(credential.status).toBe('active');
		expect(credential.alignments).toEqual([]);
		expect(catalog.focusAreas.find((entry) => entry.id === 'routines')?.data.order).toBe(100);
		expect(catalog.authorities[0]!.data.recognition).toEqual([]);
	});

	it('names a missing required field and says to add it', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace(/^competency: .*\n/m, ''));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/credentials/cold-calling.mdx: competency is missing; add it (text)"
		`);
	});

	it('reports a value of the wrong type with the value', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace('contactHours: 10', 'contactHours: ten'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/credentials/cold-calling.mdx: contactHours must be a number, but is "ten""
		`);
	});

	it('reports an unknown (misspelt) field', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace('focusArea:', 'focusarea:'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (2 problems):
			  - content/credentials/cold-calling.mdx: focusArea is missing; add it (text)
			  - content/credentials/cold-calling.mdx: has unknown field "focusarea"; check the spelling against docs/authoring.md or remove it"
		`);
	});

	it('lists the evidence vocabulary when a type is not in it', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace('type: video', 'type: podcast'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/credentials/cold-calling.mdx: evidence[1].type is "podcast", which is not allowed; use one of: lesson-plan, student-work, video, audio, transcript, image, educator-reflection, student-reflection, observation, other"
		`);
	});

	it('checks the rubric: passing level and one descriptor per level', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) =>
			source.replace('passingLevel: Proficient', 'passingLevel: Passing').replace('[Rarely, Daily, Every lesson]', '[Rarely, Daily]'),
		);
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (2 problems):
			  - content/credentials/cold-calling.mdx: rubric.passingLevel must be one of the rubric levels: Emerging, Proficient, Exemplary
			  - content/credentials/cold-calling.mdx: rubric.criteria[0].descriptors has 2 descriptors but the rubric has 3 levels; give one per level"
		`);
	});

	it('refuses URLs that are not http or https', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace('https://doi.org/10.0000/fixture', 'javascript:alert(1)'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/credentials/cold-calling.mdx: research[0].url must start with http:// or https://"
		`);
	});

	it('lists the valid choices for an unknown issuer', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace('issuer: acme-institute', 'issuer: acme'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/credentials/cold-calling.mdx: issuer is "acme", but no issuer has that id (valid choices: acme-institute); fix the id or add content/issuers/acme.yaml"
		`);
	});

	it('reports an unknown credential in a stack and an authority override', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('stacks/active-participation.yaml', (source) => source.replace('[cold-calling, think-pair-share]', '[cold-calling, think-pair-shares]'));
		await fixture.edit('authorities/fixture-district.yaml', (source) => source.replace('credential: cold-calling', 'credential: cold-call'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (2 problems):
			  - content/stacks/active-participation.yaml: credentials[1] is "think-pair-shares", but no credential has that id (valid choices: cold-calling, think-pair-share); fix the id or add content/credentials/think-pair-shares.mdx
			  - content/authorities/fixture-district.yaml: overrides[0].credential is "cold-call", but no credential has that id (valid choices: cold-calling, think-pair-share); fix the id or add content/credentials/cold-call.mdx"
		`);
	});

	it('suggests the closest id when there are many choices', async () => {
		fixture = await copyFixture('catalog/valid');
		for (let index = 0; index < 12; index++) {
			await fixture.write(`issuers/issuer-${index}.yaml`, `name: Issuer ${index}\nurl: https://i${index}.example.org/\nemail: a@i${index}.example.org\ndescription: Filler.\nsubmissionUrl: https://i${index}.example.org/{credential}\n`);
		}
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace('issuer: acme-institute', 'issuer: acme-institue'));
		await fixture.edit('credentials/think-pair-share.mdx', (source) => source.replace('issuer: acme-institute', 'issuer: somebody-else'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (2 problems):
			  - content/credentials/cold-calling.mdx: issuer is "acme-institue", but no issuer has that id (did you mean "acme-institute"?); fix the id or add content/issuers/acme-institue.yaml
			  - content/credentials/think-pair-share.mdx: issuer is "somebody-else", but no issuer has that id (the 13 valid ids are the file names in content/issuers/); fix the id or add content/issuers/somebody-else.yaml"
		`);
	});

	it('points at the line of a YAML syntax error', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('focus-areas/routines.yaml', (source) => source.replace('summary: Predictable classroom routines.', 'summary: "Predictable'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/focus-areas/routines.yaml: is not valid YAML at line 2, column 22: Missing closing "quote; check indentation and quote values that contain ": ""
		`);
	});

	it('asks for front matter in an MDX file without it', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/cold-calling.mdx', (source) => source.replace(/^---\n/, ''));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/credentials/cold-calling.mdx: has no front matter; start the file with a --- line, the fields, and another --- line"
		`);
	});

	it('refuses file names that are not URL-safe ids', async () => {
		fixture = await copyFixture('catalog/valid');
		await rename(path.join(fixture.dir, 'focus-areas/routines.yaml'), path.join(fixture.dir, 'focus-areas/Class Routines.yaml'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/focus-areas/Class Routines.yaml: has the id "Class Routines", which must be lower-case letters, digits and single hyphens, like "wait-time"; rename the file"
		`);
	});

	it('refuses an id used twice in one collection', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('credentials/think-pair-share.mdx', (source) => source.replace('title: ', 'slug: cold-calling\ntitle: '));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (3 problems):
			  - content/credentials/think-pair-share.mdx: has the id "cold-calling", already used by content/credentials/cold-calling.mdx; rename the file or change its slug
			  - content/stacks/active-participation.yaml: credentials[1] is "think-pair-share", but no credential has that id (valid choices: cold-calling); fix the id or add content/credentials/think-pair-share.mdx
			  - content/authorities/fixture-district.yaml: credentials[0] is "think-pair-share", but no credential has that id (valid choices: cold-calling); fix the id or add content/credentials/think-pair-share.mdx"
		`);
	});

	it('checks an n-of-m stack asks for no more credentials than it lists', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('stacks/active-participation.yaml', (source) => source.replace('required: 1', 'required: 3'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (1 problem):
			  - content/stacks/active-participation.yaml: completion.required is 3 but the stack lists only 2 credentials"
		`);
	});

	it('lists problems from every file at once, not just the first', async () => {
		fixture = await copyFixture('catalog/valid');
		await fixture.edit('issuers/acme-institute.yaml', (source) => source.replace(/^email: .*$/m, 'email: not-an-email'));
		await fixture.edit('focus-areas/questioning.yaml', (source) => source.replace('#1f5fbf', 'blue'));
		await fixture.edit('credentials/think-pair-share.mdx', (source) => source.replace('gradeBands: [3-5]', 'gradeBands: []'));
		expect(await errorText()).toMatchInlineSnapshot(`
			"The catalog in content/ has problems (3 problems):
			  - content/issuers/acme-institute.yaml: email is "not-an-email", but must be an email address such as badges@example.org
			  - content/focus-areas/questioning.yaml: color is "blue", but must be a six-digit hex colour like #1f6feb
			  - content/credentials/think-pair-share.mdx: gradeBands needs at least 1 item"
		`);
	});

	it('treats a missing collection folder as empty', async () => {
		fixture = await copyFixture('catalog/valid');
		await rm(path.join(fixture.dir, 'authorities'), { recursive: true });
		const catalog = await readCatalog(fixture.dir, path.dirname(fixture.dir));
		expect(catalog.authorities).toEqual([]);
	});
});
