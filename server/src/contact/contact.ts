/**
 * How to reach the alliance office, the coordinating body that admits, suspends and answers
 * members. Its details are configuration (ALLIANCE_NAME, ALLIANCE_EMAIL, ALLIANCE_PHONE,
 * ALLIANCE_ADDRESS in config.ts), not data: they exist from the first start, before anyone
 * signs in, so every page and mail that says "ask the alliance office" can say how.
 */
import type { AllianceContact } from '../config.ts';
import type { Locale } from '../i18n.ts';

export type { AllianceContact };

const labels = {
  nl: { email: 'E-mail', phone: 'Telefoon', address: 'Adres' },
  en: { email: 'E-mail', phone: 'Phone', address: 'Address' },
};

/** The alliance office's details as lines for the foot of a plain-text mail. */
export function contactLines(contact: AllianceContact, locale: Locale): string {
  const l = labels[locale];
  return [
    contact.name,
    `${l.email}: ${contact.email}`,
    `${l.phone}: ${contact.phone}`,
    `${l.address}: ${contact.address}`,
  ].join('\n');
}
