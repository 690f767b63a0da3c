import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from './app-error.js';

/** Validates every input and argument; the first problem becomes BAD_USER_INPUT naming its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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

function firstProblem(errors: ValidationError[], prefix = ''): [string, string] {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message) return [field, capitalise(message)];
    if (e.children?.length) return firstProblem(e.children, field);
  }
  return ['input', 'Check the values you entered'];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
