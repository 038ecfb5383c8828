import { describe, expect, it } from 'vitest';
import { accountMessages } from '../i18n/account-messages.ts';
import { newPasswordProblems, REPEAT_FIELD } from './new-password-fields.tsx';

const a = accountMessages.nl;

describe('newPasswordProblems', () => {
  it('says what is wrong with both fields at once', () => {
    expect(newPasswordProblems('kort', '', 'password', a)).toEqual({
      password: 'Gebruik minstens 10 tekens.',
      [REPEAT_FIELD]: 'Typ het nieuwe wachtwoord nog een keer.',
    });
    expect(newPasswordProblems('', 'iets', 'newPassword', a)).toEqual({
      newPassword: 'Kies een nieuw wachtwoord.',
      [REPEAT_FIELD]: a.form.passwordsDiffer,
    });
    expect(newPasswordProblems('kort', 'kort', 'password', a)).toEqual({ password: 'Gebruik minstens 10 tekens.' });
  });

  it('leaves a long enough password typed twice the same to the server', () => {
    expect(newPasswordProblems('een korte zin van mij', 'een korte zin van mij', 'password', a)).toEqual({});
  });
});
