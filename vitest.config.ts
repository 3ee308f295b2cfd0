import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The summary reporter counts every project's tests and polices skipped conformance tests.
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// Timeouts catch hangs, not slowness: a cold image render on a busy shared machine
					// passed Vitest's 5 s default, failing a plain clone for no fault of the code.
					testTimeout: 60_000,
					hookTimeout: 60_000,
					tags: [{ name: 'standards-kit', description: 'reads the Open Badges standards kit (STANDARDS_KIT); skipped when it is absent' }],
				},
			},
			// Full builds share Astro's generated .astro/ folder, so they run one at a time.
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, testTimeout: 300_000 } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
