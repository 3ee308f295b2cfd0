import { box, line, type ImageElement, type Style } from '../../element.ts';
import { fitText, type FitOptions, type FittedText } from '../../fit-text.ts';
import type { FontWeight, MeasureText } from '../../text-style.ts';

/** How a fitted block of text is set. */
export interface TextSetting {
	family: string;
	weight: FontWeight;
	color: string;
	/** Line height as a multiple of the font size. */
	lineHeight: number;
	letterSpacing?: number;
	align?: 'left' | 'center';
	uppercase?: boolean;
}

/** Fits `text` to the box in the setting's font, ready for `drawFitted`. */
export function fitSetting(text: string, fit: FitOptions, setting: TextSetting, measure: MeasureText): FittedText {
	const { family, weight, letterSpacing = 0 } = setting;
	return fitText(setting.uppercase ? text.toUpperCase() : text, fit, { family, weight, letterSpacing }, measure);
}

/** Draws fitted lines, each exactly as measured, so the block's height is known: lines times line height. */
export function drawFitted(fitted: FittedText, setting: TextSetting): ImageElement {
	const style: Style = {
		fontFamily: setting.family,
		fontWeight: setting.weight,
		fontSize: fitted.size,
		lineHeight: setting.lineHeight,
		letterSpacing: setting.letterSpacing ?? 0,
		color: setting.color,
		height: Math.ceil(fitted.size * setting.lineHeight),
	};
	const alignItems = setting.align === 'center' ? 'center' : 'flex-start';
	return box({ flexDirection: 'column', alignItems }, fitted.lines.map((text) => line(text, style)));
}

/** A block of text shrunk and wrapped to fit the box. */
export function drawFittedText(text: string, fit: FitOptions, setting: TextSetting, measure: MeasureText): ImageElement {
	return drawFitted(fitSetting(text, fit, setting, measure), setting);
}
