import { addMoney, compareMoney, fromCents, isMoneyString, normalizeMoney, subtractMoney, toCents } from './money';

describe('money as decimal strings', () => {
  it('accepts amounts with up to two decimals and refuses everything else', () => {
    for (const ok of ['0', '12', '12.5', '12.50', '9999999999.99', ' 3.10 ']) expect(isMoneyString(ok)).toBe(true);
    for (const bad of ['', '-1', '1.234', '1e3', 'abc', '1,000.00', '.5', '12.', '10000000000', 12.5, null]) expect(isMoneyString(bad)).toBe(false);
  });

  it('converts to integer cents and back without floats', () => {
    expect(toCents('0.1') + toCents('0.2')).toBe(30n);
    expect(fromCents(toCents('0.1') + toCents('0.2'))).toBe('0.30');
    expect(normalizeMoney('1250')).toBe('1250.00');
    expect(fromCents(-1205n)).toBe('-12.05');
    expect(() => toCents('1.234')).toThrow(RangeError);
  });

  it('adds, subtracts and compares exactly at the cent', () => {
    expect(addMoney('1000.00', '750.50', '333.33', '1.00')).toBe('2084.83');
    expect(subtractMoney('5000.00', '1750.01')).toBe('3249.99');
    expect(subtractMoney('100.00', '250.00')).toBe('-150.00');
    expect(compareMoney('100.10', '100.09')).toBe(1);
    expect(compareMoney('0.30', addMoney('0.10', '0.20'))).toBe(0);
    expect(compareMoney(subtractMoney('1.00', '2.00'), '0.00')).toBe(-1);
  });
});
