import { describe, expect, it } from 'vitest';
import { municipalityLabel } from './municipality-label.ts';

describe('a municipality in a list to choose from', () => {
  it('is listed by the name people use when its official one starts with ’s-, and by its name otherwise', () => {
    expect(municipalityLabel("'s-Gravenhage")).toBe("Den Haag ('s-Gravenhage)");
    expect(municipalityLabel("'s-Hertogenbosch")).toBe("Den Bosch ('s-Hertogenbosch)");
    expect(municipalityLabel('Tilburg')).toBe('Tilburg');
  });
});
