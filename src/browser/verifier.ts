// The part of the /verify/ page loaded on demand (see verify-page.ts): reading inputs and verifying.
export { readBadgeFile, readBadgeText } from '../openbadges/verify/read-badge-input.ts';
export { verifyBadges } from '../openbadges/verify/verify-badge.ts';
