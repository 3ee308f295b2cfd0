import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a lock file records about the build holding it. */
export interface LockOwner {
	pid: number;
	/** ISO 8601 time the build started. */
	startedAt: string;
}

/** Thrown when another live build holds the lock. */
export class BuildLockedError extends Error {
	constructor(owner: LockOwner, lockFile: string) {
		super(
			`another build is running in this folder (pid ${owner.pid}, started at ${owner.startedAt}); ` +
				`wait for it to finish, then build again. If no build is running, delete ${lockFile}.`,
		);
		this.name = 'BuildLockedError';
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readOwner(lockFile: string): LockOwner | undefined {
	try {
		const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
		return typeof owner.pid === 'number' && typeof owner.startedAt === 'string' ? { pid: owner.pid, startedAt: owner.startedAt } : undefined;
	} catch (error) {
		if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/**
 * Takes the build lock at `lockFile` for this process, or throws BuildLockedError naming the build
 * that holds it. A lock whose process is gone (a killed build) is taken over. Returns the release
 * function, which removes the lock only while this process still owns it.
 */
export function acquireBuildLock(lockFile: string, owner: LockOwner = { pid: process.pid, startedAt: new Date().toISOString() }): () => void {
	mkdirSync(path.dirname(lockFile), { recursive: true });
	// Written whole under a private name, then linked into place: link fails if the lock exists, so
	// two builds cannot both win, and a reader never sees a half-written file.
	const draft = `${lockFile}.${owner.pid}`;
	writeFileSync(draft, `${JSON.stringify(owner)}\n`);
	try {
		for (let attempt = 0; ; attempt += 1) {
			try {
				linkSync(draft, lockFile);
				break;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			}
			const holder = readOwner(lockFile);
			if (holder !== undefined && isAlive(holder.pid)) throw new BuildLockedError(holder, lockFile);
			// Left by a build that was killed (or unreadable): remove it and try once more.
			if (attempt > 0) throw new Error(`Cannot take the build lock ${lockFile}: another build keeps replacing it.`);
			rmSync(lockFile, { force: true });
		}
	} finally {
		rmSync(draft, { force: true });
	}
	return () => {
		if (readOwner(lockFile)?.pid === owner.pid) rmSync(lockFile, { force: true });
	};
}
