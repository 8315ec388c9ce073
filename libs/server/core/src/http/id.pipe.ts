import { Injectable, type PipeTransform } from '@nestjs/common';
import { NotFoundException } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * A path id that is not a UUID cannot name a record, so it answers 404 like an unknown one
 * (never a database error).
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  constructor(private readonly resource = 'Record') {}

  transform(value: string): string {
    if (!isUuid(value)) throw new NotFoundException(this.resource);
    return value.toLowerCase();
  }
}
