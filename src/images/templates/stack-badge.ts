import type { ImageTemplate } from './image-template.ts';
import { drawStackMedallion, type StackFace } from './parts/stack-medallion.ts';

/** The 600×600 badge image of a stack, the image of its Open Badges BadgeClass. */
export const stackBadge: ImageTemplate<StackFace> = {
	kind: 'badge',
	version: 1,
	width: 600,
	height: 600,
	render: (face, measure) => drawStackMedallion(face, 600, measure),
};
