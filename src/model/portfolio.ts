import type { EvidenceType } from '../schemas/credential.ts';
import type { EducatorVisibility } from '../schemas/export-educator.ts';
import type { AwardStatus } from './award-status.ts';
import type { ContactHourLedger } from './contact-hour-ledger.ts';
import type { StackProgress } from './stack-progress.ts';

/** Evidence as a page may show it; withheld evidence keeps only its type and title. */
export type PortfolioEvidence =
	| {
			evidenceId: string;
			type: EvidenceType;
			title: string;
			visibility: 'public';
			url?: string;
			/** Path inside the export folder, e.g. `files/ev-12.pdf`. */
			file?: string;
			description?: string;
	  }
	| { evidenceId: string; type: EvidenceType; title: string; visibility: 'withheld' };

/** One award on a portfolio. */
export interface PortfolioAward {
	awardId: string;
	credentialId: string;
	credentialTitle: string;
	focusAreaId: string;
	awardedOn: string;
	expiresOn?: string;
	rubricLevel: string;
	reviewer?: string;
	reflection?: string;
	/** Contact hours: the award's override, else the credential's. */
	hours: number;
	status: AwardStatus;
	revocationReason?: string;
	/** In export order: the order the educator submitted it. */
	evidence: PortfolioEvidence[];
}

/** Everything a portfolio page shows about one published educator; never their email. */
export interface Portfolio {
	educatorId: string;
	slug: string;
	name: string;
	visibility: Exclude<EducatorVisibility, 'private'>;
	role?: string;
	school?: string;
	district?: { name: string; slug: string };
	bio?: string;
	/** Newest first. */
	awards: PortfolioAward[];
	stacks: { completed: StackProgress[]; inProgress: StackProgress[] };
	ledger: ContactHourLedger;
}
