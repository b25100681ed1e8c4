import { describe, expect, it } from 'vitest';
import { fieldId, placeViolations } from './violations';

describe('placeViolations', () => {
  const shown = new Set(['reviewers', 'attributes[0].groups[2].fp', 'attributes[0].groups[1].name', 'findings']);
  it('puts each violation on the input of its row', () => {
    const { byPath, general } = placeViolations(
      [
        { field: 'attributes[0].groups[2].fp', message: 'doit être un nombre entier de 0 à 1 000 000 000 000' },
        { field: 'attributes[0].groups[1]', message: 'ce groupe n’a aucune observation' },
        { field: 'reviewers[1]', message: 'champ obligatoire' },
        { field: 'supersedesId', message: 'revue de biais inconnue : 9' },
      ],
      shown,
      (n) => `élément ${n} : `,
    );
    expect(byPath['attributes[0].groups[2].fp']).toEqual(['doit être un nombre entier de 0 à 1 000 000 000 000']);
    expect(byPath['attributes[0].groups[1].name']).toEqual(['ce groupe n’a aucune observation']);
    expect(byPath.reviewers).toEqual(['élément 2 : champ obligatoire']);
    expect(general).toEqual(['revue de biais inconnue : 9']);
  });

  it('gives every path an id usable in the page', () => {
    expect(fieldId('attributes[0].groups[2].fp')).toBe('br-attributes-0-groups-2-fp');
    expect(fieldId('findings')).toBe('br-findings');
  });
});
