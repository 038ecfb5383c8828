/**
 * Loader and action of /beheer/vacatures/uploaden: vacancies from a CSV file, upserted by the
 * server row by row (its answer is the per-row report). HR officers and organisation admins.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import type { Me } from '../../api/types.ts';
import { uploadTemplateUrl, uploadVacancies, type UploadReport } from '../../api/vacancy-management.ts';
import { formatters } from '../../i18n/format.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { vacancyUploadMessages } from '../../i18n/vacancy-upload-messages.ts';
import { failure, type FormResult } from '../../lib/form-result.ts';
import { refusedWrite, requireStaff, sessionEnded, staffForWrite } from '../../lib/guards.ts';

/** As the server takes (server/src/vacancies/upload.ts), checked here first so nobody waits for a refusal. */
export const UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
export const UPLOAD_MAX_ROWS = 1000;

export interface UploadData {
  me: Me;
  organisation: NonNullable<Me['organisation']>;
  templateUrl: string;
  /** The same with semicolons, which Excel set up for the Netherlands opens as a table. */
  excelTemplateUrl: string;
}

export async function uploadLoader({ request }: LoaderFunctionArgs): Promise<UploadData> {
  const { me, organisation } = await requireStaff(request);
  return {
    me,
    organisation,
    templateUrl: uploadTemplateUrl(organisation.id),
    excelTemplateUrl: uploadTemplateUrl(organisation.id, 'semicolon'),
  };
}

export type UploadResult = FormResult<{ report: UploadReport }>;

export async function uploadAction({ request }: ActionFunctionArgs): Promise<UploadResult> {
  const staff = await staffForWrite(request);
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!staff) return sessionEnded(lang);
  const { organisation } = staff;
  const u = vacancyUploadMessages[lang];
  const file = (await request.formData()).get('file');
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) return failure(u.failed, { file: u.noFile });
  if (file.size === 0) return failure(u.failed, { file: u.emptyFile });
  // A workbook is a zip (xlsx) or an OLE file (xls): no CSV reader makes sense of it.
  if (/\.(xlsx?|ods|numbers)$/i.test(file.name)) return failure(u.failed, { file: u.spreadsheet });
  if (file.size > UPLOAD_MAX_BYTES) {
    const size = `${formatters(lang).number(Math.ceil(file.size / 1024 / 1024))} MB`;
    return failure(u.failed, { file: u.tooLarge(size) });
  }
  try {
    return { ok: true, report: await uploadVacancies(organisation.id, file, { lang }) };
  } catch (error) {
    const failed = refusedWrite(error, request, lang);
    // A file that could not be read as a whole: said as the checks here say it.
    return failed.fields?.['file'] ? { ...failed, message: u.failed } : failed;
  }
}
