import { Link, useFetcher, useLoaderData, useNavigate } from 'react-router';
import { useSingleSend } from '../../lib/single-send.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { SignInData } from './sign-in-route.ts';

export function SignInPage() {
  const { next } = useLoaderData() as SignInData;
  const { lang, a } = useAccountI18n();
  const fetcher = useFetcher();
  const navigate = useNavigate();
  const failure = asFailure(fetcher.data);
  const { busy, sendOnce } = useSingleSend(fetcher);
  useDocumentTitle(a.signIn.title);
  const fields = {
    email: { id: 'sign-in-email', label: a.fields.email },
    password: { id: 'sign-in-password', label: a.fields.password },
  };
  const field = fieldProps(fields, failure?.fields);

  return (
    <div className="form-page">
      <h1>{a.signIn.title}</h1>
      <p className="lead">{next ? a.signIn.nextNote : a.signIn.intro}</p>
      <ErrorSummary failure={failure} fields={fields} />
      <fetcher.Form method="post" noValidate className="form" onSubmit={sendOnce}>
        <input type="hidden" name="next" value={next ?? ''} />
        <TextField {...field('email')} type="email" autoComplete="username" spellCheck={false} autoCapitalize="none" />
        <TextField {...field('password')} type="password" autoComplete="current-password" />
        <p className="form-aside">
          <Link
            to={paths.forgotPassword(lang)}
            onClick={(event) => {
              // The address typed here goes along (in the history's state, never in the address).
              const email = (document.getElementById(fields.email.id) as HTMLInputElement | null)?.value.trim();
              if (!email) return;
              event.preventDefault();
              void navigate(paths.forgotPassword(lang), { state: { email } });
            }}
          >
            {a.signIn.forgotPassword}
          </Link>
        </p>
        <SubmitButton busy={busy}>{a.signIn.submit}</SubmitButton>
      </fetcher.Form>
      <div className="form-after">
        <p>
          {a.signIn.noAccount} <Link to={paths.register(lang, next)}>{a.signIn.register}</Link>
        </p>
        <p className="muted">{a.signIn.staffNote}</p>
      </div>
    </div>
  );
}
