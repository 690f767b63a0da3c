import { registerDecorator, type ValidationOptions } from 'class-validator';
import { CALENDAR_YEARS, hasDecimalPlaces, isCalendarDate } from '@sentinel/shared';

/**
 * Validators for the scalars every module takes in the same shape, so each is checked one way everywhere:
 * a calendar day (yyyy-mm-dd, a day that exists) and an amount (finite, bounded, a fixed number of decimals).
 */

/** yyyy-mm-dd naming a real day between CALENDAR_YEARS; `what` names the date in the message ("the due date"). */
export function IsCalendarDate(what: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `Enter ${what} as a real date, yyyy-mm-dd, between ${CALENDAR_YEARS.min} and ${CALENDAR_YEARS.max}`,
        ...options,
      },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

export interface AmountBounds {
  min: number;
  max: number;
  /** Decimal places allowed: 0 for whole numbers. */
  places: number;
}

/** A finite number from `min` to `max` with at most `places` decimals; `what` names it in the message ("the weight"). */
export function IsAmount(what: string, bounds: AmountBounds, options: ValidationOptions = {}): PropertyDecorator {
  const decimals = bounds.places ? `, with at most ${bounds.places} decimal place${bounds.places > 1 ? 's' : ''}` : ', a whole number';
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAmount',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `Enter ${what} from ${bounds.min} to ${bounds.max.toLocaleString('en-GB')}${decimals}`, ...options },
      validator: {
        validate: (value: unknown) => hasDecimalPlaces(value, bounds.places) && value >= bounds.min && value <= bounds.max,
      },
    });
}
