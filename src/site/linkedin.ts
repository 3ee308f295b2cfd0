/** What LinkedIn's "Add licence or certification" form is pre-filled with. */
export interface LinkedInCertification {
	name: string;
	organizationName: string;
	/** YYYY-MM-DD. */
	issuedOn: string;
	/** YYYY-MM-DD. */
	expiresOn?: string | undefined;
	certUrl: string;
	certId: string;
}

/** The "add to profile" link documented at https://addtoprofile.linkedin.com/. */
export function buildLinkedInAddUrl(certification: LinkedInCertification): string {
	const params = new URLSearchParams({
		startTask: 'CERTIFICATION_NAME',
		name: certification.name,
		organizationName: certification.organizationName,
		issueYear: certification.issuedOn.slice(0, 4),
		issueMonth: String(Number(certification.issuedOn.slice(5, 7))),
		certUrl: certification.certUrl,
		certId: certification.certId,
	});
	if (certification.expiresOn) {
		params.set('expirationYear', certification.expiresOn.slice(0, 4));
		params.set('expirationMonth', String(Number(certification.expiresOn.slice(5, 7))));
	}
	return `https://www.linkedin.com/profile/add?${params}`;
}
