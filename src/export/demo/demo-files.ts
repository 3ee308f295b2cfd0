import { crc32, deflateSync } from 'node:zlib';

/** A PNG chunk: length, type, data and the CRC of type and data. */
function pngChunk(type: string, data: Uint8Array): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A small striped RGB image, drawn in code so the demo needs no downloaded media. */
export function drawPng(width: number, height: number, colors: readonly [number, number, number][]): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const rows: number[] = [];
	for (let y = 0; y < height; y++) {
		rows.push(0);
		for (let x = 0; x < width; x++) rows.push(...colors[Math.floor((x + y) / 4) % colors.length]!);
	}
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(Buffer.from(rows))), pngChunk('IEND', new Uint8Array())]);
}

/** A one-page PDF showing `lines` of text, with a correct cross-reference table so every reader opens it. */
export function writePdf(lines: readonly string[]): Buffer {
	const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
	const text = lines.map((line, index) => `BT /F1 ${index === 0 ? 16 : 11} Tf 56 ${760 - index * 22} Td (${escape(line)}) Tj ET`).join('\n');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		offsets.push(Buffer.byteLength(body, 'latin1'));
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = Buffer.byteLength(body, 'latin1');
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(body, 'latin1');
}

/** The evidence files housed in the demo export; evidence rows of these types point at them. */
export const demoFiles = {
	'lesson-plan': {
		file: 'files/lesson-plan-number-lines.pdf',
		contents: () => writePdf(['Lesson plan: fractions on a number line', 'Grade 4, 50 minutes', 'Launch: where does 3/4 live?', 'Explore: partner number lines', 'Discuss: compare 2/3 and 3/5']),
	},
	observation: {
		file: 'files/observation-notes.pdf',
		contents: () => writePdf(['Peer observation notes', 'Wait time after questions: 3-5 seconds on most questions', 'Cold call used after think time', 'Next step: wait time II after student answers']),
	},
	'student-work': {
		file: 'files/student-work-sample.png',
		contents: () => drawPng(48, 32, [[31, 95, 191], [250, 250, 250], [240, 170, 40]]),
	},
	image: {
		file: 'files/anchor-chart.png',
		contents: () => drawPng(40, 40, [[20, 120, 90], [255, 255, 255]]),
	},
	transcript: {
		file: 'files/discussion-transcript.txt',
		contents: () =>
			Buffer.from(
				'Teacher: Why might someone say 3/8 is bigger than 3/5?\n[4 seconds]\nStudent A: Because 8 is bigger than 5.\nTeacher: Who can add to that?\n[5 seconds]\nStudent B: But eighths are smaller pieces, so three of them is less.\n',
			),
	},
	'educator-reflection': {
		file: 'files/reflection-week-3.txt',
		contents: () => Buffer.from('Week 3 reflection\n\nI counted my wait time on the recording: it grew from about one second to four.\nMore students answered, and their answers were longer.\n'),
	},
} as const;

export type DemoFileType = keyof typeof demoFiles;
