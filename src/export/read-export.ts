import { InputError } from '../errors/format-issues.ts';
import type { EarnerExport } from './earner-export.ts';
import { validateExport, type ValidateOptions } from './validate-export.ts';

/** Reads a valid export for the build; throws one InputError listing every problem otherwise. */
export async function readExport(exportPath: string, options: ValidateOptions): Promise<EarnerExport> {
	const { exported, problems } = await validateExport(exportPath, options);
	if (!exported) throw new InputError(`The earner export at ${exportPath} has problems`, problems);
	return exported;
}
