/** How far reading an export has got, for progress bars on large exports. */
export interface Progress {
	stage: 'reading records' | 'checking files';
	done: number;
	total: number;
}

export type ProgressListener = (progress: Progress) => void;
