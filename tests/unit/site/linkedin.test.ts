import { describe, expect, it } from 'vitest';
import { buildLinkedInAddUrl, type LinkedInCertification } from '../../../src/site/linkedin.ts';

const certification: LinkedInCertification = {
	name: 'Hinge Questions & Wait Time #2 (Grades 3+)',
	organizationName: 'École Normale du Lac',
	issuedOn: '2024-03-09',
	certUrl: 'https://credentials.example.org/educators/ana-garcia-1a2b3c/aw-001/?ref=share&x=1',
	certId: 'aw-001',
};

describe('buildLinkedInAddUrl', () => {
	it('opens LinkedIn\'s "add certification" form with the award\'s name, organisation, issue month, URL and id', () => {
		const url = new URL(buildLinkedInAddUrl(certification));
		expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			startTask: 'CERTIFICATION_NAME',
			name: certification.name,
			organizationName: certification.organizationName,
			issueYear: '2024',
			issueMonth: '3',
			certUrl: certification.certUrl,
			certId: certification.certId,
		});
	});

	it('keeps characters that mean something in a URL inside their parameter', () => {
		const link = buildLinkedInAddUrl(certification);
		expect(link).not.toContain(' ');
		expect(link).not.toContain('#');
		expect(link.split('&').length).toBe(new URL(link).searchParams.size);
	});

	it('adds the expiry month only when the award expires', () => {
		const expiring = new URL(buildLinkedInAddUrl({ ...certification, expiresOn: '2027-11-30' })).searchParams;
		expect([expiring.get('expirationYear'), expiring.get('expirationMonth')]).toEqual(['2027', '11']);
		const lasting = new URL(buildLinkedInAddUrl({ ...certification, expiresOn: undefined })).searchParams;
		expect(lasting.has('expirationYear')).toBe(false);
		expect(lasting.has('expirationMonth')).toBe(false);
	});
});
