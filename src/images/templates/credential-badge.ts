import type { ImageTemplate } from './image-template.ts';
import { drawCredentialMedallion, type CredentialFace } from './parts/credential-medallion.ts';

/** The 600×600 badge image of a credential, the image of its Open Badges BadgeClass. */
export const credentialBadge: ImageTemplate<CredentialFace> = {
	kind: 'badge',
	version: 1,
	width: 600,
	height: 600,
	render: (face, measure) => drawCredentialMedallion(face, 600, measure),
};
