import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * The property, a date or other comparable string, must not precede `other` when both are
 * given: a range such as `periodFrom`..`periodTo` must not be empty by construction.
 */
export function IsNotBefore(other: string, options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName,
      constraints: [other],
      options: { message: `must not be before \`${other}\``, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[other];
          return value == null || start == null || String(value) >= String(start);
        },
      },
    });
  };
}

/** Ticker symbols as exchanges print them: letters, digits and dots ("QFIN", "3660", "BRK.B"). */
export const TICKER_PATTERN = /^\s*[A-Za-z0-9.]{1,10}\s*$/;

/** Units as facts carry them: "CNY", "USD/shares", "USD/ADS", "shares", a counted noun. */
export const UNIT_PATTERN = /^[A-Za-z][A-Za-z0-9/ -]{0,39}$/;

/** SEC form types as EDGAR writes them: "10-K", "10-Q", "20-F", "8-K", "10-K/A", "DEF 14A". */
export const FORM_PATTERN = /^[0-9A-Z][0-9A-Z -]{0,19}(\/A)?$/;

/** Fiscal spans as periods carry them: "Q1"–"Q4", "6M", "9M", "FY". */
export const FISCAL_PERIOD_PATTERN = /^(Q[1-4]|([1-9]|1[01])M|FY)$/;
