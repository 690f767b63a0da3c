import { isCrimeReference } from './crime-references.js';
import { positionProblem } from './places.js';
import { foldRegistration, isUkRegistration } from './vehicles.js';

describe('registration marks', () => {
  it.each(['AB12 CDE', 'ab12cde', 'AB12-CDE', 'A123 BCD', 'Q123 ABC', 'ABC 123D', '1234 AB', '1 A', 'AB 1234', 'ABZ 1234', 'NM19 XKD'])(
    'accepts %s',
    (plate) => expect(isUkRegistration(plate)).toBe(true),
  );
  it.each(['XX', 'AB12 C0E9', 'AB12 CD!E', '12345', 'ABCD 12345', '', 'AB12CDEF', 'WDD 123 456'])('refuses %s', (plate) =>
    expect(isUkRegistration(plate)).toBe(false),
  );
  it('folds an M read as N', () => expect(foldRegistration('NM19 XKD')).toBe(foldRegistration('MN19 XKD')));
});

describe('crime references', () => {
  it.each(['CR/12345/26', 'NM-2026-001234', 'EA/2026/0412', '2026001234'])('accepts %s', (ref) => expect(isCrimeReference(ref)).toBe(true));
  it.each(['not a ref!!', 'CR//123', 'CR/123/', 'ABC', 'CR 12345', 'x'.repeat(20) + '1'.repeat(11)])('refuses %s', (ref) =>
    expect(isCrimeReference(ref)).toBe(false),
  );
});

describe('positions', () => {
  it('takes both or neither, within the UK', () => {
    expect(positionProblem(null, null)).toBeNull();
    expect(positionProblem(54.57, -1.23)).toBeNull();
    expect(positionProblem(-1.23, 54.57)?.field).toBe('latitude');
    expect(positionProblem(54.57, null)?.field).toBe('longitude');
    expect(positionProblem(null, -1.23)?.field).toBe('latitude');
    expect(positionProblem(54.57, 12)?.field).toBe('longitude');
  });
});
