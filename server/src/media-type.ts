/** `text/csv` of `Text/CSV; charset=utf-8`: the media type without its parameters, in lower case (RFC 9110). */
export const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();
