import { Form, Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useSessionUser } from '../../hooks/use-session-user.ts';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';

/** After signing out: a clear confirmation. Opened while signed in: the sign-out button. */
export function SignOutPage() {
  const user = useSessionUser();
  const { lang, a } = useAccountI18n();
  useDocumentTitle(user ? a.signOut.title : a.signOut.doneTitle);
  if (user) {
    return (
      <div className="form-page">
        <h1>{a.signOut.title}</h1>
        <p className="lead">{a.signOut.intro}</p>
        <Form method="post">
          <button type="submit" className="button">
            {a.signOut.submit}
          </button>
        </Form>
      </div>
    );
  }
  return (
    <div className="message-page">
      <h1>{a.signOut.doneTitle}</h1>
      <p className="lead">{a.signOut.done}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.signIn(lang)}>{a.signOut.signInAgain}</Link>
        </li>
        <li>
          <Link to={paths.home(lang)}>{a.signOut.toVacancies}</Link>
        </li>
      </ul>
    </div>
  );
}
