import { cellText, numberText } from './types';

describe('cellText', () => {
  it('shows dates day/month/year', () => {
    expect(cellText({ value: { kind: 'date', iso: '2024-11-15' } })).toBe('15/11/2024');
  });
  it('shows percent-formatted fractions as percentages', () => {
    expect(cellText({ value: 1, format: '0%' })).toBe('100%');
    expect(cellText({ value: 0.855, format: '0.0%' })).toBe('85.5%');
  });
  it('shows errors by their code and empties as nothing', () => {
    expect(cellText({ value: { kind: 'error', code: '#N/A' } })).toBe('#N/A');
    expect(cellText({ value: null })).toBe('');
    expect(cellText(undefined)).toBe('');
  });
  it('prefers the text the host displayed', () => {
    expect(cellText({ value: 0.5, text: '50,0%' })).toBe('50,0%');
  });
  it('drops floating-point noise', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
  });
});
