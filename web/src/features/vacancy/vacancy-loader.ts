import { data, type LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { VacancyDetail } from '../../api/types.ts';
import { getVacancy } from '../../api/vacancies.ts';
import { langFromPathname } from '../../i18n/lang.ts';

/** `{uuid}` or `{uuid}-{slug}`; the slug is decoration and not checked. */
const ID_SLUG = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-.*)?$/i;

export function vacancyIdFrom(idSlug: string | undefined): string | null {
  return ID_SLUG.exec(idSlug ?? '')?.[1]?.toLowerCase() ?? null;
}

export async function vacancyLoader({ request, params }: LoaderFunctionArgs): Promise<VacancyDetail> {
  const id = vacancyIdFrom(params['idSlug']);
  if (!id) throw data(null, { status: 404 });
  try {
    return await getVacancy(id, { lang: langFromPathname(new URL(request.url).pathname), signal: request.signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw data(null, { status: 404 });
    throw error;
  }
}
