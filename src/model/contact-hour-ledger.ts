import type { Catalog } from '../catalog/catalog.ts';
import type { Authority } from '../schemas/authority.ts';
import { acceptsCredential, creditFor, roundAmount } from './authority-credit.ts';
import { findCurrentCycle, type LicenseCycle } from './license-cycle.ts';
import type { PortfolioAward } from './portfolio.ts';
import type { StackProgress } from './stack-progress.ts';

/** Progress toward the licensing authority's requirement in the current cycle. */
export interface CycleProgress {
	authorityId: string;
	authorityName: string;
	unit: Authority['unit'];
	cycle: LicenseCycle;
	/** Amount required per cycle, in `unit`. */
	required: number;
	/** Amount credited in this cycle, in `unit`. */
	earned: number;
	/** What is left to earn, never below zero. */
	remaining: number;
}

/** One line of the ledger: an award or a stack bonus, and whether the authority credits it this cycle. */
export interface LedgerLine {
	/** Award id, or stack id for a completion bonus. */
	id: string;
	kind: 'award' | 'stack-bonus';
	credentialId?: string;
	/** Day it was earned. */
	on: string;
	hours: number;
	/** Amount credited toward the current cycle, in the authority's unit; 0 when not credited. */
	credit: number;
}

/** Contact hours earned, and where they stand against the licence renewal requirement. */
export interface ContactHourLedger {
	/** All hours earned from awards that were not revoked, plus stack completion bonuses. */
	totalHours: number;
	lines: LedgerLine[];
	/** Absent when the educator names no authority or no cycle start. */
	progress?: CycleProgress;
}

/** Who the ledger is for: the export fields that decide the renewal requirement. */
export interface LedgerOwner {
	licensing_authority?: string | undefined;
	license_cycle_start?: string | undefined;
}

function inCycle(day: string, cycle: LicenseCycle | undefined): cycle is LicenseCycle {
	return cycle !== undefined && day >= cycle.start && day < cycle.end;
}

/**
 * Builds an educator's ledger. Revoked awards earn nothing; expired ones still count, because
 * contact hours record learning done, not a credential held. A stack bonus counts toward the
 * authority only when the authority accepts every credential of the stack the educator earned.
 */
export function buildLedger(owner: LedgerOwner, awards: readonly PortfolioAward[], stacks: readonly StackProgress[], catalog: Catalog, now: Date): ContactHourLedger {
	const authorityEntry = catalog.authorities.find((entry) => entry.id === owner.licensing_authority);
	const authority = authorityEntry?.data;
	const cycle = authority && owner.license_cycle_start ? findCurrentCycle(owner.license_cycle_start, authority.cycleYears, now) : undefined;
	const credentials = new Map(catalog.credentials.map((entry) => [entry.id, entry]));
	const stackBonuses = new Map(catalog.stacks.map((entry) => [entry.id, entry.data.bonusHours]));
	const creditOf = (credentialId: string, hours: number) => {
		const credential = credentials.get(credentialId);
		return authority && credential ? creditFor(authority, credential, hours) : undefined;
	};
	const accepts = (credentialId: string) => {
		const credential = credentials.get(credentialId);
		return authority !== undefined && credential !== undefined && acceptsCredential(authority, credential);
	};

	const lines: LedgerLine[] = [];
	for (const award of awards) {
		if (award.status === 'revoked') continue;
		const credit = inCycle(award.awardedOn, cycle) ? (creditOf(award.credentialId, award.hours) ?? 0) : 0;
		lines.push({ id: award.awardId, kind: 'award', credentialId: award.credentialId, on: award.awardedOn, hours: award.hours, credit });
	}
	for (const stack of stacks) {
		const hours = stackBonuses.get(stack.stackId) ?? 0;
		if (!stack.completedOn || hours === 0) continue;
		const accepted = stack.earned.every(accepts);
		const credit = accepted && authority && inCycle(stack.completedOn, cycle) ? hours * authority.unitsPerHour : 0;
		lines.push({ id: stack.stackId, kind: 'stack-bonus', on: stack.completedOn, hours, credit });
	}
	lines.sort((a, b) => b.on.localeCompare(a.on) || a.id.localeCompare(b.id));

	const totalHours = roundAmount(lines.reduce((sum, line) => sum + line.hours, 0));
	if (!authorityEntry || !authority || !cycle) return { totalHours, lines };
	const earned = roundAmount(lines.reduce((sum, line) => sum + line.credit, 0));
	return {
		totalHours,
		lines,
		progress: {
			authorityId: authorityEntry.id,
			authorityName: authority.name,
			unit: authority.unit,
			cycle,
			required: authority.requiredAmount,
			earned,
			remaining: roundAmount(Math.max(0, authority.requiredAmount - earned)),
		},
	};
}
