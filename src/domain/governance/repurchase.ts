/** Figures derived from a repurchase program's authorization and reported progress. */
import { D, toPlain } from '../decimal.js';
import { computedQualifier } from '../qualifier.js';
import type { Money, RepurchaseProgress, ShareRepurchaseProgram } from './model.js';

/** Places `utilization` is rounded to: 0.6029 is 60.29%. */
export const UTILIZATION_DECIMALS = 4;

/** Share of the authorized amount spent: amount ÷ authorized amount, rounded half up to 4 places. */
export function utilization(progress: RepurchaseProgress): string {
  const used = new D(progress.amount.amount).div(progress.program.authorizedAmount.amount);
  return toPlain(used.toDecimalPlaces(UTILIZATION_DECIMALS, D.ROUND_HALF_UP), UTILIZATION_DECIMALS);
}

/** Authorized amount not yet spent: authorized − amount, exact arithmetic; approximate when the amount spent is. */
export function remainingAuthorization(progress: RepurchaseProgress): Money {
  const { authorizedAmount } = progress.program;
  return {
    amount: new D(authorizedAmount.amount).minus(progress.amount.amount).toFixed(),
    currency: authorizedAmount.currency,
    qualifier: computedQualifier([{ qualifier: authorizedAmount.qualifier ?? null }, { qualifier: progress.amount.qualifier ?? null }]),
  };
}

/** The latest reported progress on or before `asOf` (any date when omitted); null when none is. */
export function progressAsOf(program: ShareRepurchaseProgram, asOf?: string | null): RepurchaseProgress | null {
  let found: RepurchaseProgress | null = null;
  for (const p of program.progress) if (!asOf || p.asOf <= asOf) found = p; // sorted oldest first
  return found;
}
