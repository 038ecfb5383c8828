/**
 * The number to dial: digits and the plus only, without the "(0)" of "+31 (0)13 …", which is
 * written for readers who call from within the country and must not be dialled after +31.
 */
export const telHref = (phone: string) =>
  `tel:${phone.replace(/^(\s*\+\d{1,3})\s*\(0\)/, '$1').replace(/[^\d+]/g, '')}`;
