import { paths } from '../../paths.ts';
import type { Portfolio } from '../../model/portfolio.ts';
import type { AssertionInput } from '../build-assertion.ts';

/** The educator every assertion of one portfolio is issued to. */
export interface Recipient {
	portfolio: Portfolio;
	/** Never published: only hashed into the recipient identity. */
	email: string | undefined;
}

/** The identity fields of an assertion: the email, or the portfolio URL when the export has no email. */
export function toRecipientFields({ portfolio, email }: Recipient): Pick<AssertionInput, 'email' | 'portfolioUrl'> {
	return email === undefined ? { portfolioUrl: paths.educator(portfolio.slug) } : { email };
}
