import { describe, expect, it } from 'vitest';
import { bakeSvg, extractSvgAssertion } from '../../../src/openbadges/bake-svg.ts';

const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600"><circle cx="300" cy="300" r="280" fill="#1d4ed8"/></svg>';
const verify = 'https://badges.example.edu/ob/assertions/a-1.json?v=1&lang=en';
const assertion = JSON.stringify({ type: 'Assertion', id: verify, evidence: [{ narrative: 'Quotes "x" & <tags> and a ]]> sequence' }] });

describe('bakeSvg / extractSvgAssertion', () => {
	it('round-trips the assertion byte for byte, even text containing "]]>"', () => {
		expect(extractSvgAssertion(bakeSvg(svg, assertion, verify))).toEqual({ verify, assertion });
	});

	it('writes the OB 2.0 element as the root\'s first child and declares the namespace once', () => {
		const baked = bakeSvg(svg, assertion, verify);
		expect(baked).toMatch(/<svg xmlns:openbadges="http:\/\/openbadges.org" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 600 600"><openbadges:assertion verify="https:\/\/badges.example.edu\/ob\/assertions\/a-1.json\?v=1&amp;lang=en"><!\[CDATA\[/);
		const rebaked = bakeSvg(baked, '{"second":true}', verify);
		expect(rebaked.match(/xmlns:openbadges=/g)).toHaveLength(1);
		expect(rebaked.match(/<openbadges:assertion\b/g)).toHaveLength(1);
		expect(extractSvgAssertion(rebaked)?.assertion).toBe('{"second":true}');
	});

	it('reads a hand-baked file with an indented CDATA block, as in the spec', () => {
		const handBaked = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">
  <openbadges:assertion verify="https://example.org/beths-robotics-badge.json">
    <![CDATA[
      {"id": "https://example.org/beths-robotics-badge.json"}
    ]]>
  </openbadges:assertion>
</svg>`;
		expect(extractSvgAssertion(handBaked)).toEqual({
			verify: 'https://example.org/beths-robotics-badge.json',
			assertion: '{"id": "https://example.org/beths-robotics-badge.json"}',
		});
	});

	it('returns undefined for an SVG with no badge and refuses to bake a non-SVG', () => {
		expect(extractSvgAssertion(svg)).toBeUndefined();
		expect(() => bakeSvg('<html></html>', assertion, verify)).toThrow(/no <svg> root/);
	});
});
