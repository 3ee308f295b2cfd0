import type { FocusAreaIcon } from '../../../icons/focus-area-icons.ts';
import { mixColors, pickInk } from '../../contrast.ts';
import { box, line, type ImageElement } from '../../element.ts';
import { sansFamily } from '../../fonts/font-families.ts';
import type { MeasureText } from '../../text-style.ts';
import { drawCredentialSeal } from './credential-medallion.ts';
import { drawFittedText } from './fitted-text.ts';

/** What a stack badge shows. */
export interface StackFace {
	title: string;
	issuerName: string;
	/** Colour of the stack: that of the focus area most of its credentials belong to. */
	color: string;
	/** Colour and icon of each credential in the stack, in the stack's order. */
	members: { color: string; icon: FocusAreaIcon }[];
	/** What completes the stack, e.g. "All 3 credentials" or "Any 2 of 4". */
	requirement: string;
}

const designSize = 600;
const shownMembers = 5;

/** A pointy-topped hexagon around (cx, cy), as SVG polygon points. */
function hexagonPoints(cx: number, cy: number, radius: number): string {
	return Array.from({ length: 6 }, (_, index) => {
		const angle = (Math.PI / 3) * index - Math.PI / 2;
		return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
	}).join(' ');
}

/**
 * The stack badge: a hexagon resting on two more, so it reads as a stack next to the round
 * credential badges, with its members' seals, a STACK label, title and issuer.
 */
export function drawStackMedallion(face: StackFace, size: number, measure: MeasureText): ImageElement {
	const scale = size / designSize;
	const px = (value: number) => Math.round(value * scale);
	const ink = pickInk(face.color);
	const [cx, cy, radius] = [300, 276, 262];
	const layer = (offset: number, fill: string, extra: Record<string, unknown> = {}) => ({
		type: 'polygon',
		props: { points: hexagonPoints(cx, cy + offset, radius), fill, strokeLinejoin: 'round', ...extra },
	});
	const shape: ImageElement = {
		type: 'svg',
		props: {
			width: size,
			height: size,
			viewBox: `0 0 ${designSize} ${designSize}`,
			style: { position: 'absolute', top: 0, left: 0 },
			children: [
				layer(36, mixColors(face.color, '#000000', 0.5)),
				layer(18, mixColors(face.color, '#000000', 0.36)),
				layer(0, face.color, { stroke: mixColors(face.color, '#000000', 0.28), strokeWidth: 20 }),
				{ type: 'polygon', props: { points: hexagonPoints(cx, cy, radius - 30), fill: 'none', stroke: mixColors(face.color, ink, 0.4), strokeWidth: 3 } },
			],
		},
	};
	const members = face.members.slice(0, shownMembers);
	return box({ width: size, height: size, position: 'relative', alignItems: 'center', justifyContent: 'center' }, [
		shape,
		box({ position: 'absolute', top: 0, left: 0, width: size, height: px(cy * 2), flexDirection: 'column', alignItems: 'center', justifyContent: 'center' }, [
			box({ backgroundColor: ink, borderRadius: px(20), paddingLeft: px(18), paddingRight: px(14), paddingTop: px(6), paddingBottom: px(6) }, [
				line('STACK', { fontFamily: sansFamily, fontWeight: 800, fontSize: px(18), letterSpacing: px(4), color: face.color }),
			]),
			box({ marginTop: px(20), marginBottom: px(18), gap: px(10) }, members.map((member) => drawCredentialSeal(member, px(54)))),
			drawFittedText(face.title, { width: px(380), maxLines: 3, maxSize: px(48), minSize: px(26), balance: true }, { family: sansFamily, weight: 800, color: ink, lineHeight: 1.08, align: 'center' }, measure),
			box({ height: px(16) }),
			drawFittedText(face.requirement, { width: px(340), maxLines: 1, maxSize: px(20), minSize: px(14) }, { family: sansFamily, weight: 700, color: ink, lineHeight: 1.2, align: 'center' }, measure),
			box({ height: px(8) }),
			drawFittedText(face.issuerName, { width: px(320), maxLines: 2, maxSize: px(17), minSize: px(13), balance: true }, { family: sansFamily, weight: 600, color: ink, lineHeight: 1.25, letterSpacing: px(1.5), align: 'center', uppercase: true }, measure),
		]),
	]);
}
