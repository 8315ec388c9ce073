import { ERROR_CODES } from '@parley/shared-types';
import { ERROR_STATUS, codeForStatus } from './error-status';

describe('error codes', () => {
  it('maps every code to one HTTP status, client errors below 500', () => {
    for (const code of ERROR_CODES) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(code === 'INTERNAL' ? 500 : 400);
    expect(ERROR_STATUS.INVALID_TRANSITION).toBe(409);
    expect(ERROR_STATUS.VALIDATION_FAILED).toBe(422);
  });

  it('names framework statuses with a code', () => {
    expect(codeForStatus(404)).toBe('NOT_FOUND');
    expect(codeForStatus(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(codeForStatus(503)).toBe('INTERNAL');
  });
});
