import { generateSeedHex, publicKeyOf } from '../src/openbadges/ob3/signing-keys.ts';
import { SIGNING_KEY_FILE_VARIABLE, SIGNING_KEY_VARIABLE } from '../src/settings/settings.ts';

// Prints to stdout only: redirect it into a file outside the repository, never into content/ or public/.
const seedHex = generateSeedHex();
const publicKey = await publicKeyOf(Uint8Array.from(Buffer.from(seedHex, 'hex')));
console.log(`# Open Badges 3.0 signing key made ${new Date().toISOString()}
# Private: keep secret. Use this file as ${SIGNING_KEY_FILE_VARIABLE}, or its key line as ${SIGNING_KEY_VARIABLE}.
# Rotating: put a new key first and keep this public key below it, so credentials signed now still verify:
#   ${publicKey}
${seedHex}`);
