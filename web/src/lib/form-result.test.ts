import { describe, expect, it } from 'vitest';
import { formText } from './form-result.ts';

describe('formText', () => {
  it('gives line ends as typed: a form sends each as CRLF, which the API would count as two characters', () => {
    const form = new FormData();
    form.set('note', 'Eerste alinea.\r\n\r\nTweede alinea.\r\n');
    expect(formText(form, 'note')).toBe('Eerste alinea.\n\nTweede alinea.\n');
    expect(formText(form, 'absent')).toBe('');
  });
});
