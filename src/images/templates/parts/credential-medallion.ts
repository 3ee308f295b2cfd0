import type { FocusAreaIcon } from '../../../icons/focus-area-icons.ts';
import { mixColors, pickInk } from '../../contrast.ts';
import { box, line, type ImageElement } from '../../element.ts';
import { sansFamily } from '../../fonts/font-families.ts';
import type { MeasureText } from '../../text-style.ts';
import { drawFitted, drawFittedText, fitSetting, type TextSetting } from './fitted-text.ts';
import { drawIcon } from './icon.ts';

/** What a credential badge shows. */
export interface CredentialFace {
	title: string;
	issuerName: string;
	/** Focus-area colour, `#rrggbb`. */
	color: string;
	icon: FocusAreaIcon;
}

/** The design is drawn at 600 px and scaled, so the badge file and its copies on cards are the same picture. */
const designSize = 600;

/**
 * The title in at most three lines; a fourth is allowed only once three would need a size
 * smaller than 34 px, so that long titles shrink before they grow tall and crowd the rim.
 */
function drawTitle(title: string, px: (value: number) => number, ink: string, measure: MeasureText): ImageElement {
	const setting: TextSetting = { family: sansFamily, weight: 800, color: ink, lineHeight: 1.08, align: 'center' };
	const threeLines = fitSetting(title, { width: px(400), maxLines: 3, maxSize: px(62), minSize: px(34), balance: true }, setting, measure);
	const fitted = threeLines.truncated ? fitSetting(title, { width: px(400), maxLines: 4, maxSize: px(34), minSize: px(28), balance: true }, setting, measure) : threeLines;
	return drawFitted(fitted, setting);
}

/** The round credential badge at `size` pixels, with its title and issuer. */
export function drawCredentialMedallion(face: CredentialFace, size: number, measure: MeasureText): ImageElement {
	const scale = size / designSize;
	const px = (value: number) => Math.round(value * scale);
	const ink = pickInk(face.color);
	const rim = mixColors(face.color, '#000000', 0.28);
	const inner = size - 2 * px(20);
	return box(
		{ width: size, height: size, borderRadius: size / 2, backgroundColor: rim, alignItems: 'center', justifyContent: 'center' },
		[
			box(
				{ width: inner, height: inner, borderRadius: inner / 2, backgroundColor: face.color, flexDirection: 'column', alignItems: 'center', justifyContent: 'center', position: 'relative' },
				[
					box({ position: 'absolute', top: px(14), left: px(14), width: inner - 2 * px(14), height: inner - 2 * px(14), borderRadius: inner, border: `${Math.max(1, px(3))}px solid ${mixColors(face.color, ink, 0.4)}` }),
					drawIcon(face.icon, px(92), ink),
					box({ height: px(22) }),
					drawTitle(face.title, px, ink, measure),
					box({ width: px(64), height: Math.max(1, px(4)), borderRadius: px(2), backgroundColor: ink, marginTop: px(24), marginBottom: px(20) }),
					drawFittedText(face.issuerName, { width: px(360), maxLines: 2, maxSize: px(21), minSize: px(14), balance: true }, { family: sansFamily, weight: 600, color: ink, lineHeight: 1.25, letterSpacing: px(1.5), align: 'center', uppercase: true }, measure),
					line('MICRO-CREDENTIAL', { fontFamily: sansFamily, fontWeight: 700, fontSize: px(14), letterSpacing: px(4), color: ink, marginTop: px(14) }),
				],
			),
		],
	);
}

/** The badge reduced to its colour and icon, for rows of small badges on cards. */
export function drawCredentialSeal(face: Pick<CredentialFace, 'color' | 'icon'>, size: number): ImageElement {
	const inner = size - 2 * Math.max(2, Math.round(size * 0.06));
	return box({ width: size, height: size, borderRadius: size / 2, backgroundColor: mixColors(face.color, '#000000', 0.28), alignItems: 'center', justifyContent: 'center' }, [
		box({ width: inner, height: inner, borderRadius: inner / 2, backgroundColor: face.color, alignItems: 'center', justifyContent: 'center' }, [
			drawIcon(face.icon, Math.round(size * 0.5), pickInk(face.color)),
		]),
	]);
}
