import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from '../errors/app-error.js';

/** Ids are UUIDs; anything else is a clear input error rather than a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw AppError.badInput(metadata.data ?? 'id', 'This is not a valid record id');
    }
    return value;
  }
}
