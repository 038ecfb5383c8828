import { TIME_ZONE } from '@samenwerven/calendar';
import { locales, type Lang } from './lang.ts';
import { membershipMessages, type MembershipMessages } from './membership-messages.ts';
import { useAccountI18n, type AccountI18n } from './use-account-i18n.ts';

export interface MembershipI18n extends AccountI18n {
  /** The texts of the membership pages. */
  m: MembershipMessages;
  /** A moment as date and time in the Netherlands: "29 nov 2026 14:05". */
  dateTime: (value: string) => string;
  /** An amount of euros to the cent: "€ 1.234,50". */
  euros: (value: number) => string;
}

const cache = new Map<Lang, Pick<MembershipI18n, 'dateTime' | 'euros'>>();

function membershipFormatters(lang: Lang) {
  let cached = cache.get(lang);
  if (!cached) {
    const dateTime = new Intl.DateTimeFormat(locales[lang], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    const euros = new Intl.NumberFormat(locales[lang], {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    cached = {
      dateTime: (value) => {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
      },
      euros: (value) => euros.format(value),
    };
    cache.set(lang, cached);
  }
  return cached;
}

/** `useAccountI18n` plus the texts and formatters of the membership pages. */
export function useMembershipI18n(): MembershipI18n {
  return membershipI18n(useAccountI18n());
}

/** The same for a language outside a component (a test), from its account texts up. */
export function membershipI18n(i18n: AccountI18n): MembershipI18n {
  return { ...i18n, m: membershipMessages[i18n.lang], ...membershipFormatters(i18n.lang) };
}
