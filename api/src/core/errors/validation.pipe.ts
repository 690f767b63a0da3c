import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { textProblem, tooLongMessage } from '@sentinel/shared';
import { AppError } from './app-error.js';

/**
 * Parameters that hold what the client sent: Nest passes GraphQL arguments as 'body' too. The context, a field's
 * parent object and the resolver's info are not input, and pass untouched (a group list's field resolvers would
 * otherwise copy and check every parent object, hundreds per request).
 */
const CLIENT_INPUT = new Set<string>(['body', 'query', 'param']);

/**
 * Validates every input and argument; the first problem becomes BAD_USER_INPUT naming its field. Before the
 * per-field rules run, every string and number the client sent is checked for what no field may hold (a NUL
 * character, a lone surrogate, a number the database cannot store), whatever the field.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    // Fields are named within the argument (`title`, not `input.title`), as the per-field rules name them.
    const problem = unstorableScalar(value, '');
    if (problem) throw AppError.badInput(problem[0] || metadata.data || 'input', problem[1]);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    // GraphQL already refuses unknown fields; this catches an input field that was given no validator.
    forbidNonWhitelisted: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const [field, message] = firstProblem(errors);
      return AppError.badInput(field, message);
    },
  });
}

/**
 * The first string or number, at any depth, that cannot be stored: its path (`input.aliases.2`) and what to fix.
 * Only plain objects and arrays are walked (GraphQL input objects are made without a prototype).
 */
export function unstorableScalar(value: unknown, path: string, depth = 0): [string, string] | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [path, problem] : null;
  }
  if (typeof value === 'number') {
    // Infinity, NaN and denormals (1e-320) are not figures anyone means; PostgreSQL refuses some of them.
    const tiny = value !== 0 && Math.abs(value) < Number.MIN_VALUE * 2 ** 52;
    return Number.isFinite(value) && !tiny ? null : [path, 'Enter a number in the range the field allows'];
  }
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableScalar(value[i], join(path, String(i)), depth + 1);
      if (found) return found;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && proto !== Object.prototype) return null;
  for (const [key, v] of Object.entries(value)) {
    const found = unstorableScalar(v, join(path, key), depth + 1);
    if (found) return found;
  }
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function firstProblem(errors: ValidationError[], prefix = ''): [string, string] {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message) return [field, capitalise(plainLength(message) ?? withRow(message, field))];
    if (e.children?.length) return firstProblem(e.children, field);
  }
  return ['input', 'Check the values you entered'];
}

/**
 * class-validator's own words for a length limit ("title must be shorter than or equal to 200 characters") name
 * the code's field; an input given no message of its own gets the forms' wording instead.
 */
function plainLength(message: string): string | null {
  const m = /^(each value in )?(\w+) must be shorter than or equal to (\d+) characters$/.exec(message);
  if (!m) return null;
  const words = m[2].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return tooLongMessage(m[1] ? `Each of the ${words}` : capitalise(words), +m[3]);
}

/**
 * A message about one row of a list names it as the form does ("tier 2"): `$row` stands for the row's number,
 * counted from 1, taken from the last index in the field's path (`tiers.1.name`).
 */
function withRow(message: string, field: string): string {
  const index = field
    .split('.')
    .reverse()
    .find((part) => /^\d+$/.test(part));
  return index === undefined ? message : message.replaceAll('$row', String(Number(index) + 1));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
