// jsonld-signatures ships no types; these declare the parts the verifier calls.
declare module 'jsonld-signatures' {
	type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
	interface ProofResult {
		verified: boolean;
		proof?: Record<string, unknown>;
		error?: unknown;
		verificationMethod?: Record<string, unknown>;
	}
	class ProofPurpose {
		constructor(options: { term: string; date?: string | Date; maxTimestampDelta?: number });
	}
	const jsigs: {
		verify(document: object, options: { suite: object | object[]; purpose: ProofPurpose; documentLoader: DocumentLoader }): Promise<{ verified: boolean; results?: ProofResult[]; error?: unknown }>;
		purposes: { ProofPurpose: typeof ProofPurpose };
	};
	export default jsigs;
}
