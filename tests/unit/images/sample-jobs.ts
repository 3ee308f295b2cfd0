import type { ImageJob } from '../../../src/images/image-job.ts';
import type { CredentialFace } from '../../../src/images/templates/parts/credential-medallion.ts';
import type { StackFace } from '../../../src/images/templates/parts/stack-medallion.ts';

function credentialFace(): CredentialFace {
	return { title: 'Wait Time', issuerName: 'Northwind Teaching Institute', color: '#1f5fbf', icon: 'check-circle' };
}

function stackFace(): StackFace {
	return {
		title: 'Formative Assessment Practitioner',
		issuerName: 'Northwind Teaching Institute',
		color: '#f2c14e',
		members: [
			{ color: '#1f5fbf', icon: 'check-circle' },
			{ color: '#f2c14e', icon: 'puzzle' },
		],
		requirement: 'All 2 credentials',
	};
}

/** One job per template, with data like the catalog's, and names in scripts Inter lacks. */
export function sampleJobs(): ImageJob[] {
	return [
		{ template: 'credential-badge', data: credentialFace(), path: '/images/badges/wait-time.png' },
		{ template: 'stack-badge', data: stackFace(), path: '/images/badges/stacks/fap.png' },
		{
			template: 'credential-card',
			data: { ...credentialFace(), siteName: 'Credfolio', focusAreaName: 'Checking for Understanding', competency: 'The educator uses deliberate wait time after questions.', contactHours: 15 },
			path: '/images/og/credentials/wait-time.png',
		},
		{ template: 'stack-card', data: { ...stackFace(), siteName: 'Credfolio', description: 'Evidence of learning in every lesson.', hours: '25 contact hours' }, path: '/images/og/stacks/fap.png' },
		{
			template: 'portfolio-card',
			data: { siteName: 'Credfolio', name: 'أميرة حداد', district: 'Riverbend Unified', credentialCount: 2, contactHours: 25, topBadges: [{ color: '#1f5fbf', icon: 'check-circle' }] },
			path: '/images/og/portfolios/amira.png',
		},
		{
			template: 'award-card',
			data: { siteName: 'Credfolio', educatorName: '王玲', issuedOn: '2025-03-04', contactHours: 15, badge: { kind: 'credential', face: credentialFace() } },
			path: '/images/og/awards/a1.png',
		},
		{ template: 'default-card', data: { siteName: 'Credfolio', tagline: 'Micro-credentials for educators.', focusAreas: [{ color: '#1f5fbf', icon: 'check-circle' }] }, path: '/images/og/default.png' },
	];
}
