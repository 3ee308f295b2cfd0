import { describe, expect, test } from 'vitest';
import { awardSocialCard } from '../../../src/site/award-card.ts';

const credential = { id: 'wait-time', title: 'Wait Time', issuerName: 'Northwind Teaching Institute' };

describe('award page social card', () => {
	test('is the credential’s shared card by default', () => {
		expect(awardSocialCard({ awardId: 'aw-1', status: 'valid' }, credential, 'Ana Silva', { personalAwardCards: false })).toEqual({
			image: '/images/og/credentials/wait-time.png',
			imageAlt: 'Wait Time: a micro-credential from Northwind Teaching Institute',
		});
	});

	test('is the award’s own card with AWARD_CARDS=personal', () => {
		expect(awardSocialCard({ awardId: 'aw-1', status: 'expired' }, credential, 'Ana Silva', { personalAwardCards: true })).toEqual({
			image: '/images/og/awards/aw-1.png',
			imageAlt: 'Wait Time awarded to Ana Silva',
		});
	});

	test('falls back to the site card for a revoked award, so a shared link never shows the badge as earned', () => {
		expect(awardSocialCard({ awardId: 'aw-1', status: 'revoked' }, credential, 'Ana Silva', { personalAwardCards: false })).toEqual({ image: undefined, imageAlt: undefined });
	});
});
