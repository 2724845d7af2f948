import { describe, expect, it } from 'vitest';
import { humanDuration } from './duration.js';

describe('humanDuration', () => {
  it('prints the first two units as durafmt does', () => {
    expect(humanDuration(1234)).toBe('1 second 234 milliseconds');
    expect(humanDuration(1013.2)).toBe('1 second 13 milliseconds');
    expect(humanDuration(34.653)).toBe('34 milliseconds 653 microseconds');
    expect(humanDuration(61_001)).toBe('1 minute 1 second');
    expect(humanDuration(2 * 3600e3 + 5)).toBe('2 hours 5 milliseconds');
    expect(humanDuration(0)).toBe('0 microseconds');
  });
});
