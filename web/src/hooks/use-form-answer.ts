import { useActionData } from 'react-router';

/**
 * A form's answer. Sent with scripts, it comes from the form's fetcher; posted without them, the
 * server ran the page's action and rendered the page with its answer, which is the route's
 * action data. Either way the form shows it alike.
 */
export function useFormAnswer<T>(fetcher: { data?: T }): T | undefined {
  const posted = useActionData() as T | undefined;
  return fetcher.data ?? posted;
}
