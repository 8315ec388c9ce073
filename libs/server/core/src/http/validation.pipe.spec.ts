import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ValidationException } from '../errors';
import { createValidationPipe } from './validation.pipe';

class Line {
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1)
  @Max(100)
  quantity!: number;
}

class Body {
  @IsString()
  @MaxLength(5)
  name!: string;

  @IsInt({ message: 'count must be a whole number' })
  @Min(0)
  @Max(10)
  count!: number;

  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];
}

async function errorsFor(value: unknown) {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: Body });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationException);
    return (error as ValidationException).details;
  }
  throw new Error('expected a validation error');
}

describe('validation pipe', () => {
  it('names each field, nested ones as dotted paths, and unknown fields', async () => {
    const details = await errorsFor({ name: 'far too long', count: 11, lines: [{ quantity: 0 }], extra: true });
    expect(details).toEqual([
      { field: 'extra', messages: ['property extra should not exist'] },
      { field: 'name', messages: ['name must be shorter than or equal to 5 characters'] },
      { field: 'count', messages: ['count must not be greater than 10'] },
      { field: 'lines.0.quantity', messages: ['quantity must not be less than 1'] },
    ]);
  });

  it('reports only the kind of a value of the wrong kind, not its range', async () => {
    const details = await errorsFor({ name: 'ok', count: 'lots', lines: [] });
    expect(details).toEqual([{ field: 'count', messages: ['count must be a whole number'] }]);
  });
});
