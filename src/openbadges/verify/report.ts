import type { Problem } from '../../errors/format-issues.ts';

/** Outcome of verifying one hosted badge: valid means no errors; warnings never invalidate. */
export interface VerificationResult {
	valid: boolean;
	errors: Problem[];
	warnings: Problem[];
}

/** Collects problems as checks run; `file` is the URL of the document the problem is in. */
export interface Report {
	error(file: string, field: string, message: string): void;
	warn(file: string, field: string, message: string): void;
	result(): VerificationResult;
}

export function createReport(): Report {
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	return {
		error: (file, field, message) => errors.push({ file, field, message }),
		warn: (file, field, message) => warnings.push({ file, field, message }),
		result: () => ({ valid: errors.length === 0, errors: [...errors], warnings: [...warnings] }),
	};
}
