/**
 * The e-mails of the membership life cycle, in Dutch and English, queued in the mail outbox
 * inside the transaction that causes them (DESIGN.md invariant 8): the receipt of an
 * application and the note to the coordinators, and every decision about a member (admitted,
 * rejected, suspended, reinstated, re-admitted, left). Each decision mail links to the portal
 * and says how to reach the alliance office, so "ask the alliance office" is never a dead end.
 *
 * What the applicant typed is carried to nobody but the applicant: the rejection does not
 * repeat the organisation's name and the coordinators' note names none (the page shows it);
 * a member's name was vetted by the coordinator when it was admitted.
 */
import { organisationKinds, type Executor, type OrganisationKind } from '@samenwerven/db';
import type { Config } from '../config.ts';
import { contactLines, type AllianceContact } from '../contact/contact.ts';
import type { Locale } from '../i18n.ts';
import { enqueueMail } from '../mail/outbox.ts';
import type { MembershipEvent } from './state-machine.ts';
import { dutchDayInWords } from '@samenwerven/calendar';

/** What every membership mail needs besides the change itself: where the portal is, who to ask (the config has both). */
export type MailSite = Pick<Config, 'publicUrl' | 'allianceContact'>;

/** Someone a mail goes to, in their own language. */
export interface Recipient {
  email: string;
  locale: string;
}

const localeOf = (recipient: Recipient): Locale => (recipient.locale === 'en' ? 'en' : 'nl');

const paths = {
  home: { nl: '/', en: '/en/' },
  signIn: { nl: '/inloggen', en: '/en/sign-in' },
  forgotPassword: { nl: '/wachtwoord-vergeten', en: '/en/forgot-password' },
  manage: { nl: '/beheer', en: '/en/manage' },
  membership: { nl: '/beheer/lidmaatschap', en: '/en/manage/membership' },
  coordination: { nl: '/coordinatie', en: '/en/coordination' },
  coordinationMembers: { nl: '/coordinatie/leden', en: '/en/coordination/members' },
};

const ask = {
  nl: (contact: AllianceContact) =>
    `Vragen? Neem contact op met het alliantiebureau:\n\n${contactLines(contact, 'nl')}\n`,
  en: (contact: AllianceContact) => `Questions? Contact the alliance office:\n\n${contactLines(contact, 'en')}\n`,
};

/** The coordinator's reason (or the member's own, for a leave), where one was given. */
const reasonLine = (label: string, reason: string | null) => (reason ? `${label}: ${reason}\n\n` : '');

type Decided = (
  name: string,
  reason: string | null,
  url: string,
  contact: AllianceContact,
) => {
  subject: string;
  text: string;
};

/** What a member that left (or was ended) keeps, and what goes when: in both their mails. */
const afterLeaving = {
  nl: (url: string) =>
    `De vacatures van je organisatie staan niet meer op het portaal; ze blijven bewaard. Alle gegevens van je organisatie kun je blijven downloaden:\n\n${url}\n\nLet op: de sollicitaties die je organisatie ontving, ook die in de talentpool, verwijdert het portaal over vier weken. Download de export voor die tijd als je ze wilt bewaren.\n\n`,
  en: (url: string) =>
    `Your organisation's vacancies are no longer on the portal; they are kept. You can go on downloading all of your organisation's data:\n\n${url}\n\nPlease note: the portal deletes the applications your organisation received, those in the talent pool too, in four weeks. Download the export before then if you want to keep them.\n\n`,
};

/** A decision about a member, one text per event, and the page its link opens. */
const decisions: Record<MembershipEvent, { path: keyof typeof paths; nl: Decided; en: Decided }> = {
  approve: {
    path: 'signIn',
    nl: (name, reason, url, contact) => ({
      subject: `${name} is toegelaten tot Samenwerven`,
      text: `Goedendag,\n\nGoed nieuws: het alliantiebureau heeft ${name} toegelaten tot de alliantie Samenwerven. Je kunt nu inloggen, collega's uitnodigen en vacatures plaatsen:\n\n${url}\n\n${reasonLine('Toelichting', reason)}${ask.nl(contact)}`,
    }),
    en: (name, reason, url, contact) => ({
      subject: `${name} has been admitted to Samenwerven`,
      text: `Hello,\n\nGood news: the alliance office has admitted ${name} to the Samenwerven alliance. You can now sign in, invite colleagues and post vacancies:\n\n${url}\n\n${reasonLine('Note', reason)}${ask.en(contact)}`,
    }),
  },
  reject: {
    // The page where it applies again, after signing in (it opened the home page: a membership review).
    path: 'membership',
    nl: (_name, reason, url, contact) => ({
      subject: 'Je aanmelding bij Samenwerven',
      text: `Goedendag,\n\nHet alliantiebureau heeft de aanmelding van je organisatie bij de alliantie Samenwerven niet toegelaten.\n\n${reasonLine('Reden', reason)}Is de reden niet meer van toepassing? Dan kun je je organisatie opnieuw aanmelden op de pagina Lidmaatschap in het beheer (na het inloggen):\n\n${url}\n\n${ask.nl(contact)}`,
    }),
    en: (_name, reason, url, contact) => ({
      subject: 'Your application to Samenwerven',
      text: `Hello,\n\nThe alliance office has not admitted your organisation to the Samenwerven alliance.\n\n${reasonLine('Reason', reason)}Has the reason gone away? Then you can apply again on the Membership page of the management pages (after signing in):\n\n${url}\n\n${ask.en(contact)}`,
    }),
  },
  suspend: {
    path: 'manage',
    nl: (name, reason, url, contact) => ({
      subject: `${name} is geschorst bij Samenwerven`,
      text: `Goedendag,\n\nHet alliantiebureau heeft het lidmaatschap van ${name} bij de alliantie Samenwerven geschorst. Je vacatures staan daarom niet meer op het portaal; ze blijven bewaard en komen terug als de schorsing wordt opgeheven.\n\n${reasonLine('Reden', reason)}In het beheer zie je hoe het ervoor staat:\n\n${url}\n\n${ask.nl(contact)}`,
    }),
    en: (name, reason, url, contact) => ({
      subject: `${name} has been suspended from Samenwerven`,
      text: `Hello,\n\nThe alliance office has suspended the membership of ${name} in the Samenwerven alliance. Your vacancies are therefore no longer on the portal; they are kept and come back when the suspension is lifted.\n\n${reasonLine('Reason', reason)}The management pages show where things stand:\n\n${url}\n\n${ask.en(contact)}`,
    }),
  },
  reinstate: {
    path: 'manage',
    nl: (name, reason, url, contact) => ({
      subject: `De schorsing van ${name} is opgeheven`,
      text: `Goedendag,\n\nHet alliantiebureau heeft de schorsing van ${name} opgeheven. De vacatures die door de schorsing van het portaal gingen, staan er weer op (behalve die waarvan de sluitingsdatum intussen voorbij is).\n\n${reasonLine('Toelichting', reason)}Naar het beheer:\n\n${url}\n\n${ask.nl(contact)}`,
    }),
    en: (name, reason, url, contact) => ({
      subject: `The suspension of ${name} has been lifted`,
      text: `Hello,\n\nThe alliance office has lifted the suspension of ${name}. The vacancies that the suspension took off the portal are back on it (except those whose closing date passed meanwhile).\n\n${reasonLine('Note', reason)}To the management pages:\n\n${url}\n\n${ask.en(contact)}`,
    }),
  },
  rejoin: {
    path: 'manage',
    nl: (name, reason, url, contact) => ({
      subject: `${name} is weer lid van Samenwerven`,
      text: `Goedendag,\n\nHet alliantiebureau heeft ${name} opnieuw toegelaten tot de alliantie Samenwerven. Je eerdere vacatures staan als concept klaar in het beheer; publiceer ze opnieuw wanneer je wilt:\n\n${url}\n\n${reasonLine('Toelichting', reason)}${ask.nl(contact)}`,
    }),
    en: (name, reason, url, contact) => ({
      subject: `${name} is a member of Samenwerven again`,
      text: `Hello,\n\nThe alliance office has admitted ${name} to the Samenwerven alliance again. Your earlier vacancies are ready as drafts in the management pages; publish them again whenever you like:\n\n${url}\n\n${reasonLine('Note', reason)}${ask.en(contact)}`,
    }),
  },
  // An admin applied again: every admin hears it, so none is surprised by a second decision.
  apply_again: {
    path: 'membership',
    nl: (name, _reason, url, contact) => ({
      subject: `${name} is opnieuw aangemeld bij Samenwerven`,
      text: `Goedendag,\n\n${name} is opnieuw aangemeld als lid van de alliantie Samenwerven, door een beheerder van je organisatie. Het alliantiebureau beoordeelt de aanmelding en laat je het besluit per e-mail weten.\n\nHoe het ervoor staat:\n\n${url}\n\n${ask.nl(contact)}`,
    }),
    en: (name, _reason, url, contact) => ({
      subject: `${name} has applied to Samenwerven again`,
      text: `Hello,\n\nAn admin of your organisation has applied for ${name} to join the Samenwerven alliance again. The alliance office reviews the application and lets you know its decision by e-mail.\n\nWhere things stand:\n\n${url}\n\n${ask.en(contact)}`,
    }),
  },
  leave: {
    path: 'membership',
    nl: (name, reason, url, contact) => ({
      subject: `${name} heeft de alliantie Samenwerven verlaten`,
      text: `Goedendag,\n\n${name} doet niet meer mee aan de alliantie Samenwerven. ${afterLeaving.nl(url)}${reasonLine('Opgegeven reden', reason)}Wil je later weer meedoen? Neem dan contact op met het alliantiebureau:\n\n${contactLines(contact, 'nl')}\n`,
    }),
    en: (name, reason, url, contact) => ({
      subject: `${name} has left the Samenwerven alliance`,
      text: `Hello,\n\n${name} no longer takes part in the Samenwerven alliance. ${afterLeaving.en(url)}${reasonLine('Reason given', reason)}Want to take part again later? Then contact the alliance office:\n\n${contactLines(contact, 'en')}\n`,
    }),
  },
  // The coordinator ended it: said as such, with the reason.
  end: {
    path: 'membership',
    nl: (name, reason, url, contact) => ({
      subject: `Het lidmaatschap van ${name} bij Samenwerven is beëindigd`,
      text: `Goedendag,\n\nHet alliantiebureau heeft het lidmaatschap van ${name} bij de alliantie Samenwerven beëindigd. ${afterLeaving.nl(url)}${reasonLine('Reden', reason)}${ask.nl(contact)}`,
    }),
    en: (name, reason, url, contact) => ({
      subject: `The membership of ${name} in Samenwerven has been ended`,
      text: `Hello,\n\nThe alliance office has ended the membership of ${name} in the Samenwerven alliance. ${afterLeaving.en(url)}${reasonLine('Reason', reason)}${ask.en(contact)}`,
    }),
  },
};

/** Tells the organisation's admins (or, without any, its contact address) of a decision about it. */
export async function mailMembershipDecision(
  tx: Executor,
  site: MailSite,
  recipients: readonly Recipient[],
  organisation: { id: string; name: string },
  event: MembershipEvent,
  reason: string | null,
): Promise<void> {
  const decision = decisions[event];
  for (const recipient of recipients) {
    const locale = localeOf(recipient);
    const url = `${site.publicUrl}${paths[decision.path][locale]}`;
    await enqueueMail(tx, {
      kind: `membership_${event}`,
      to: recipient.email,
      organisationId: organisation.id,
      ...decision[locale](organisation.name, reason, url, site.allianceContact),
    });
  }
}

const receipt = {
  nl: (link: string, contact: AllianceContact) => ({
    subject: 'Aanmelding ontvangen: bevestig je e-mailadres voor Samenwerven',
    text: `Goedendag,\n\nWe hebben een aanmelding ontvangen van een organisatie die lid wil worden van de alliantie Samenwerven, met dit e-mailadres als contactadres. Bevestig dat het adres van jou is via deze link (2 dagen geldig); daarna ben je ingelogd en zie je de aanmelding:\n\n${link}\n\nHet alliantiebureau beoordeelt de aanmelding en laat je het besluit per e-mail weten, met de reden als het de organisatie niet toelaat.\n\n${ask.nl(contact)}\nMeldde je niets aan? Klik dan niet op de link en negeer dit bericht. Is het adres na 30 dagen niet bevestigd, dan wijst het portaal de aanmelding af.\n`,
  }),
  en: (link: string, contact: AllianceContact) => ({
    subject: 'Application received: confirm your e-mail address for Samenwerven',
    text: `Hello,\n\nWe have received an application from an organisation that wants to join the Samenwerven alliance, with this e-mail address as its contact. Confirm that the address is yours with this link (valid for 2 days); you will then be signed in and see the application:\n\n${link}\n\nThe alliance office reviews the application and lets you know its decision by e-mail, with the reason if it does not admit the organisation.\n\n${ask.en(contact)}\nDid you not apply? Then do not follow the link and ignore this message. If the address is not confirmed within 30 days, the portal rejects the application.\n`,
  }),
};

/**
 * The applicant's receipt, which is also the link that confirms their address: one mail to an
 * address nobody has proven yet, not two (it counts against the daily cap of such mails).
 */
export async function mailApplicationReceipt(
  tx: Executor,
  site: MailSite,
  to: string,
  locale: Locale,
  confirmationLink: string,
): Promise<void> {
  await enqueueMail(tx, {
    kind: 'application_confirmation',
    to,
    ...receipt[locale](confirmationLink, site.allianceContact),
  });
}

const known = {
  nl: (signIn: string, forgot: string, contact: AllianceContact) => ({
    subject: 'Je aanmelding bij Samenwerven',
    text: `Goedendag,\n\nIemand probeerde met dit e-mailadres een organisatie aan te melden bij de alliantie Samenwerven, maar er is al een account met dit adres. Daarom is er niets aangemeld.\n\nWil je een organisatie aanmelden? Gebruik dan een ander e-mailadres op het werk, of neem contact op met het alliantiebureau (hieronder). Je bestaande account vind je hier:\n\n${signIn}\n\nHeb je je organisatie al aangemeld en je adres nog niet bevestigd, of ben je je wachtwoord vergeten? Stel dan een (nieuw) wachtwoord in; daarmee is je adres ook bevestigd:\n\n${forgot}\n\n${contactLines(contact, 'nl')}\n\nWas je het niet? Dan kun je dit bericht negeren.\n`,
  }),
  en: (signIn: string, forgot: string, contact: AllianceContact) => ({
    subject: 'Your application to Samenwerven',
    text: `Hello,\n\nSomeone tried to apply to join the Samenwerven alliance with this e-mail address, but there already is an account with it. So nothing was applied for.\n\nDo you want to apply for an organisation? Then use another work e-mail address, or contact the alliance office (below). Your existing account is here:\n\n${signIn}\n\nDid you apply for your organisation already and not confirm your address yet, or did you forget your password? Then set a (new) password; that confirms your address too:\n\n${forgot}\n\n${contactLines(contact, 'en')}\n\nWas it not you? Then you can ignore this message.\n`,
  }),
};

/** The note to an address that already has an account: nothing was applied for. */
export async function mailApplicationKnown(tx: Executor, site: MailSite, account: Recipient): Promise<void> {
  const locale = localeOf(account);
  await enqueueMail(tx, {
    kind: 'application_known',
    to: account.email,
    // An applicant who sent the form again before confirming could not sign in there (a
    // membership review): setting a password by the mailed link confirms the address.
    ...known[locale](
      `${site.publicUrl}${paths.signIn[locale]}`,
      `${site.publicUrl}${paths.forgotPassword[locale]}`,
      site.allianceContact,
    ),
  });
}

const arrived = {
  nl: (kind: string, municipality: string, url: string, duplicates: number) => ({
    subject: 'Nieuwe aanmelding voor Samenwerven',
    text: `Goedendag,\n\nEen organisatie heeft zich aangemeld als lid van de alliantie Samenwerven (soort: ${kind}; gemeente: ${municipality}). De aanmelding wacht op je besluit:\n\n${url}\n\n${duplicates > 0 ? `Let op: de aanmelding lijkt op ${duplicates === 1 ? 'een organisatie' : `${duplicates} organisaties`} die het portaal al kent (dezelfde naam, gemeente of website). De pagina laat zien welke.\n\n` : ''}De aanvrager heeft een ontvangstbevestiging gekregen.\n`,
  }),
  en: (kind: string, municipality: string, url: string, duplicates: number) => ({
    subject: 'New application to Samenwerven',
    text: `Hello,\n\nAn organisation has applied to join the Samenwerven alliance (kind: ${kind}; municipality: ${municipality}). The application awaits your decision:\n\n${url}\n\n${duplicates > 0 ? `Note: the application looks like ${duplicates === 1 ? 'an organisation' : `${duplicates} organisations`} the portal already knows (the same name, municipality or website). The page shows which.\n\n` : ''}The applicant has been sent a receipt.\n`,
  }),
};

/**
 * Tells the coordinators that an application awaits them. It names no organisation (that is
 * the applicant's unvetted text): the kind and municipality come from the portal's own lists.
 */
export async function mailApplicationArrived(
  tx: Executor,
  site: MailSite,
  coordinators: readonly Recipient[],
  application: { organisationId: string; kind: OrganisationKind; municipalityName: string; duplicates: number },
): Promise<void> {
  for (const coordinator of coordinators) {
    const locale = localeOf(coordinator);
    const kind = organisationKinds[application.kind][locale].toLowerCase();
    await enqueueMail(tx, {
      kind: 'membership_application',
      to: coordinator.email,
      organisationId: application.organisationId,
      ...arrived[locale](
        kind,
        application.municipalityName,
        `${site.publicUrl}${paths.coordination[locale]}`,
        application.duplicates,
      ),
    });
  }
}

const leavePlanned = {
  nl: (name: string, day: string, reason: string | null, url: string, contact: AllianceContact) => ({
    subject: `${name} gaat op ${day} uit de alliantie Samenwerven`,
    text: `Goedendag,\n\nEen beheerder van ${name} heeft gepland dat de organisatie op ${day} uit de alliantie Samenwerven gaat. Vanaf dan staan haar vacatures niet meer op het portaal, en vier weken later verwijdert het portaal de sollicitaties die ze ontving.\n\n${reasonLine('Reden', reason)}Tot die dag kan elke beheerder het vertrek intrekken:\n\n${url}\n\n${ask.nl(contact)}`,
  }),
  en: (name: string, day: string, reason: string | null, url: string, contact: AllianceContact) => ({
    subject: `${name} will leave the Samenwerven alliance on ${day}`,
    text: `Hello,\n\nAn administrator of ${name} has planned that the organisation leaves the Samenwerven alliance on ${day}. From then on its vacancies are no longer on the portal, and four weeks later the portal deletes the applications it received.\n\n${reasonLine('Reason', reason)}Until that day any administrator can cancel the leave:\n\n${url}\n\n${ask.en(contact)}`,
  }),
};

const leaveCancelled = {
  nl: (name: string, day: string, url: string, contact: AllianceContact) => ({
    subject: `${name} blijft lid van de alliantie Samenwerven`,
    text: `Goedendag,\n\nEen beheerder van ${name} heeft het geplande vertrek uit de alliantie Samenwerven op ${day} ingetrokken. De organisatie blijft lid.\n\n${url}\n\n${ask.nl(contact)}`,
  }),
  en: (name: string, day: string, url: string, contact: AllianceContact) => ({
    subject: `${name} stays a member of the Samenwerven alliance`,
    text: `Hello,\n\nAn administrator of ${name} has cancelled the planned leave from the Samenwerven alliance on ${day}. The organisation stays a member.\n\n${url}\n\n${ask.en(contact)}`,
  }),
};

const memberLeft = {
  nl: (name: string, reason: string | null, url: string) => ({
    subject: `${name} is uit de alliantie Samenwerven gegaan`,
    text: `Goedendag,\n\n${name} is vandaag uit de alliantie Samenwerven gegaan. Haar vacatures staan niet meer op het portaal, en over vier weken verwijdert het portaal de sollicitaties die ze ontving. Vanaf vandaag telt ze niet meer mee in de kostenverdeling.\n\n${reasonLine('Reden', reason)}In het overzicht van de leden:\n\n${url}\n`,
  }),
  en: (name: string, reason: string | null, url: string) => ({
    subject: `${name} has left the Samenwerven alliance`,
    text: `Hello,\n\n${name} left the Samenwerven alliance today. Its vacancies are no longer on the portal, and in four weeks the portal deletes the applications it received. From today it no longer counts in the cost split.\n\n${reasonLine('Reason', reason)}In the overview of the members:\n\n${url}\n`,
  }),
};

/**
 * Tells the alliance office that a member left, at once or on the day it planned: it changes the
 * cost split, and only a planned leave was mailed to the office before (a coordinator's review).
 */
export async function mailMemberLeft(
  tx: Executor,
  site: MailSite,
  coordinators: readonly Recipient[],
  organisation: { id: string; name: string },
  reason: string | null,
): Promise<void> {
  for (const coordinator of coordinators) {
    const locale = localeOf(coordinator);
    // The members' overview, as the mail says (it opened the applications: a membership review).
    const url = `${site.publicUrl}${paths.coordinationMembers[locale]}`;
    await enqueueMail(tx, {
      kind: 'membership_left',
      to: coordinator.email,
      organisationId: organisation.id,
      ...memberLeft[locale](organisation.name, reason, url),
    });
  }
}

/**
 * Tells every admin of the member, and the alliance office, that a leave was planned or
 * cancelled: one admin alone must not plan the whole organisation's exit unseen (an admin's
 * review). The admins are led to the membership page, the coordinators to theirs.
 */
export async function mailLeavePlan(
  tx: Executor,
  site: MailSite,
  recipients: { admins: readonly Recipient[]; coordinators: readonly Recipient[] },
  organisation: { id: string; name: string },
  plan: { at: Date; reason: string | null; cancelled: boolean },
): Promise<void> {
  const to = [
    ...recipients.admins.map((r) => ({ ...r, path: paths.membership })),
    ...recipients.coordinators.map((r) => ({ ...r, path: paths.coordination })),
  ];
  for (const recipient of to) {
    const locale = localeOf(recipient);
    const url = `${site.publicUrl}${recipient.path[locale]}`;
    const day = dutchDayInWords(plan.at, locale === 'en' ? 'en-GB' : 'nl-NL');
    await enqueueMail(tx, {
      kind: plan.cancelled ? 'membership_leave_cancelled' : 'membership_leave_planned',
      to: recipient.email,
      organisationId: organisation.id,
      ...(plan.cancelled
        ? leaveCancelled[locale](organisation.name, day, url, site.allianceContact)
        : leavePlanned[locale](organisation.name, day, plan.reason, url, site.allianceContact)),
    });
  }
}
