import { createHash } from 'node:crypto';
import { BitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list';
import { formatDateTime } from '../date-time.ts';
import { VC_V2_CONTEXT } from './types.ts';

/**
 * Bits per issuer list. Fixed, because a credential carries its index for ever: resizing would
 * move every bit. 2^20 (128 KiB before compression; an all-clear list gzips to a few hundred
 * bytes) keeps a state-sized issuer's list sparse, and exceeds the spec's 131,072-bit minimum
 * that hides one credential among many.
 */
export const STATUS_LIST_LENGTH = 2 ** 20;

/** Refuse past this share of bits used: probing would wander, and herd privacy thin out. */
const MAX_FILL = 0.5;

export interface StatusHolder {
	/** Award id or stack key. */
	key: string;
	/** The day it was awarded (YYYY-MM-DD): earlier awards claim their slot first. */
	since: string;
}

/**
 * A status index per credential of one issuer, stable across builds without any stored state: an
 * award starts at a slot derived from a hash of its key and, on a collision, takes the next free
 * one, awards placed in order of award date then key. A new award, dated after the others as new
 * awards are, only ever takes free slots, so no published index moves; only an award back-dated
 * before one it collides with (about one in a million per pair) could move it.
 */
export function assignStatusIndexes(holders: Iterable<StatusHolder>, issuer: string, length = STATUS_LIST_LENGTH): Map<string, number> {
	const ordered = [...holders].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	if (ordered.length > length * MAX_FILL) {
		throw new Error(`Issuer "${issuer}" has ${ordered.length} credentials, more than its status list of ${length} bits can index sparsely. Split the issuer, or raise STATUS_LIST_LENGTH for a new list URL (existing credentials keep the old one).`);
	}
	const taken = new Uint8Array(length);
	const indexes = new Map<string, number>();
	for (const { key } of ordered) {
		if (indexes.has(key)) throw new Error(`Two credentials of issuer "${issuer}" share the key "${key}"; award ids must be unique.`);
		let index = startSlot(key, length);
		while (taken[index] === 1) index = (index + 1) % length;
		taken[index] = 1;
		indexes.set(key, index);
	}
	return indexes;
}

function startSlot(key: string, length: number): number {
	return createHash('sha256').update(key, 'utf8').digest().readUInt32BE(0) % length;
}

export interface StatusListInput {
	/** The list credential's URL (`Ob3Urls.statusList`). */
	id: string;
	/** The issuer Profile URL: verifiers require it to match the issuer of the credentials it covers. */
	issuer: string;
	validFrom: Date;
	/** Indexes of revoked credentials. */
	revoked: Iterable<number>;
	length?: number;
}

/** The unsigned BitstringStatusListCredential of one issuer (statusPurpose `revocation`). */
export async function buildStatusListCredential(input: StatusListInput): Promise<Record<string, unknown>> {
	const list = new BitstringStatusList({ length: input.length ?? STATUS_LIST_LENGTH });
	for (const index of input.revoked) list.setStatus(index, true);
	return {
		'@context': [VC_V2_CONTEXT],
		id: input.id,
		type: ['VerifiableCredential', 'BitstringStatusListCredential'],
		issuer: input.issuer,
		validFrom: formatDateTime(input.validFrom),
		credentialSubject: { id: `${input.id}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: await list.encode() },
	};
}
