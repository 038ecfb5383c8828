/** `text/csv` of `Text/CSV; charset=utf-8`: the media type without its parameters, in lower case (RFC 9110). */
export const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

/** Whether a request says it sends a multipart body, by its header (before any parser has run). */
export const isMultipart = (request: { headers: { 'content-type'?: string | undefined } }) =>
  /^multipart\//i.test(request.headers['content-type'] ?? '');
