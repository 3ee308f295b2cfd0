import type { Catalog } from '../../catalog/catalog.ts';
import type { LocatedExport } from '../earner-export.ts';

/** What every cross-record rule may look at. */
export interface RuleContext {
	exported: LocatedExport;
	catalog: Catalog;
	/** The moment "the future" starts; a parameter so checks are reproducible. */
	now: Date;
}
