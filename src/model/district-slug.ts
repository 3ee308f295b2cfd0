import { createHash } from 'node:crypto';
import { slugify } from './slugify.ts';

/** Address of a district page, `/districts/<slug>/`; names without Latin letters get a stable hash instead. */
export function toDistrictSlug(district: string): string {
	return slugify(district) || `district-${createHash('sha256').update(district).digest('hex').slice(0, 8)}`;
}
