/** Only web addresses become links: a `javascript:` or `data:` URL from any source never does. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}
