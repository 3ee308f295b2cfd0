import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** One problem found in an input file, ready to print. */
export interface Problem {
	/** File the problem is in, relative to the project root. */
	file: string;
	/** Dotted path of the field, e.g. `rubric.criteria[1].descriptors`; empty for the whole file. */
	field: string;
	/** What is wrong and what to do, as a sentence fragment after the field. */
	message: string;
	/** 1-based row for tabular inputs. */
	row?: number;
	/** 1-based column for tabular inputs. */
	column?: number;
}

/** Renders a zod path as authors write it: `rubric.criteria[1].descriptors`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}

function quote(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	if (typeof value === 'object') return 'an object';
	return String(value);
}

const typeNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date (YYYY-MM-DD)',
};

function describeSize(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
	const small = issue.code === 'too_small';
	const limit = Number(small ? issue.minimum : issue.maximum);
	const bound = small ? 'at least' : 'at most';
	if (issue.origin === 'array') return `needs ${bound} ${limit} item${limit === 1 ? '' : 's'}`;
	if (issue.origin === 'string') {
		if (small && limit === 1) return 'must not be empty; write a value or remove the field';
		return `must be ${bound} ${limit} characters long`;
	}
	const strict = issue.inclusive === false;
	return `must be ${small ? (strict ? 'greater than' : 'at least') : strict ? 'less than' : 'at most'} ${limit}, but is ${quote(issue.input)}`;
}

/** Turns one zod issue into a sentence that says what is wrong and what to do. */
export function describeIssue(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `is missing; add it (${typeNames[issue.expected] ?? issue.expected})`;
			return `must be ${typeNames[issue.expected] ?? issue.expected}, but is ${quote(issue.input)}`;
		case 'unrecognized_keys':
			return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; check the spelling against docs/authoring.md or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
		case 'invalid_value':
			return `is ${quote(issue.input)}, which is not allowed; use one of: ${issue.values.map(String).join(', ')}`;
		case 'invalid_union':
			if (issue.discriminator && 'options' in issue) {
				const value = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
				return `has ${issue.discriminator} ${quote(value)}; use one of: ${(issue.options ?? []).map(String).join(', ')}`;
			}
			return `does not match any allowed form: ${issue.message}`;
		case 'too_small':
		case 'too_big':
			return describeSize(issue);
		case 'invalid_format':
		case 'custom':
			return issue.input === undefined || issue.code === 'custom' ? issue.message : `is ${quote(issue.input)}, but ${issue.message}`;
		default:
			return issue.message;
	}
}

/** Converts zod issues found in one file into problems. */
export function toProblems(file: string, issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Problem[] {
	return issues.map((issue) => ({ file, field: formatPath([...prefix, ...issue.path]), message: describeIssue(issue) }));
}

/** The one-line form of a problem: `file:row:column: field message`. */
export function formatProblem(problem: Problem): string {
	const where = [problem.file, problem.row, problem.column].filter((part) => part !== undefined).join(':');
	return `${where}: ${problem.field ? `${problem.field} ` : ''}${problem.message}`;
}

/** The text shown when input is invalid: a heading, then one line per problem. */
export function formatProblems(heading: string, problems: readonly Problem[]): string {
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	return [`${heading} (${count}):`, ...problems.map((problem) => `  - ${formatProblem(problem)}`)].join('\n');
}

/** Thrown when authored or exported input is invalid; the message lists every problem. */
export class InputError extends Error {
	readonly problems: readonly Problem[];

	constructor(heading: string, problems: readonly Problem[]) {
		super(formatProblems(heading, problems));
		this.name = 'InputError';
		this.problems = problems;
	}
}

/**
 * Parses environment variables with `schema`, treating empty values as unset so the schema's
 * defaults apply; a bad value throws an InputError under `heading`, naming the variable. Messages
 * never quote the value unless the schema's own message does, since settings can be secrets.
 */
export function parseEnvironment<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>, heading: string): z.output<S> {
	const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
	const result = schema.safeParse(present, { reportInput: true });
	if (!result.success) throw new InputError(heading, toProblems('environment', result.error.issues));
	return result.data;
}
