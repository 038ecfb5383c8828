import type { AccountMessages } from '../i18n/account-messages.ts';
import { useAccountI18n } from '../i18n/use-account-i18n.ts';
import type { FormFailure } from '../lib/form-result.ts';
import { fieldProps, TextField } from './form-fields.tsx';

/** The name of the "type it again" field; only the action reads it, the API never sees it. */
export const REPEAT_FIELD = 'repeatPassword';

interface NewPasswordFieldsProps {
  idPrefix: string;
  /** The API's name for the new password: `password`, or `newPassword` when changing it. */
  name: string;
  failure: FormFailure | null;
  /** The account's first password (signing up, joining, an invitation): not called "new". */
  first?: boolean;
}

/** A new password, typed twice, with the rules as a hint. */
export function NewPasswordFields({ idPrefix, name, failure, first = false }: NewPasswordFieldsProps) {
  const { a } = useAccountI18n();
  const field = fieldProps(newPasswordFieldMap(idPrefix, name, a, first), failure?.fields);
  return (
    <>
      <TextField {...field(name)} type="password" autoComplete="new-password" hint={a.fields.passwordHint} />
      <TextField {...field(REPEAT_FIELD)} type="password" autoComplete="new-password" />
    </>
  );
}

/** The error-summary entries for the two fields. */
export function newPasswordFieldMap(idPrefix: string, name: string, a: AccountMessages, first = false) {
  return {
    [name]: { id: `${idPrefix}-${name}`, label: first ? a.fields.firstPassword : a.fields.newPassword },
    [REPEAT_FIELD]: {
      id: `${idPrefix}-${REPEAT_FIELD}`,
      label: first ? a.fields.repeatFirstPassword : a.fields.repeatPassword,
    },
  };
}

/** The server's minimum (server/src/auth/password-policy.ts), checked here to say it with the rest. */
const MIN_PASSWORD_LENGTH = 10;

/**
 * What is wrong before asking the server, for both fields at once: empty, too short, or the two
 * not the same. Only the server knows the commonest passwords.
 */
export function newPasswordProblems(
  password: string,
  repeat: string,
  name: string,
  a: AccountMessages,
  first = false,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const required = a.form.required;
  if (!password) problems[name] = first ? required.firstPassword : required.newPassword;
  else if (password.length < MIN_PASSWORD_LENGTH) problems[name] = a.form.passwordTooShort;
  if (!repeat) problems[REPEAT_FIELD] = first ? required.repeatFirstPassword : required.repeatPassword;
  else if (password !== repeat) problems[REPEAT_FIELD] = a.form.passwordsDiffer;
  return problems;
}
