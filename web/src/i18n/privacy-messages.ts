/**
 * The privacy statement (/privacy, /en/privacy), in Dutch and English. Loaded only with that
 * page. It says what the code does, so change it with the code: the keeping times are those of
 * server/src/applications/retention.ts, the rights those of server/src/privacy/service.ts, the
 * cookies those of server/src/auth/plugin.ts (functional only, nothing that tracks). Plain
 * language (B1); like the other public pages it speaks to the visitor as "je".
 */
import type { Lang } from './lang.ts';

/** Where questions about the portal and this statement go: the alliance office's privacy mailbox. */
export const PRIVACY_CONTACT_EMAIL = 'privacy@samenwerven.example';
/** The alliance office's data protection officer (functionaris gegevensbescherming, AVG art. 37). */
export const DPO_EMAIL = 'fg@samenwerven.example';
const AP_URL = 'https://www.autoriteitpersoonsgegevens.nl';

const nl = {
  title: 'Privacyverklaring',
  lead: 'Op Samenwerven vind je vacatures van overheidsorganisaties in de regio en solliciteer je direct. Hier lees je welke gegevens we van je bewaren, waarom, wie ze ziet en hoe lang. En wat je zelf met je gegevens kunt doen.',
  who: {
    title: 'Wie is verantwoordelijk?',
    text: [
      'Samenwerven is het portaal van een alliantie van publieke organisaties: gemeenten, provincie, waterschap en andere. Het alliantiebureau beheert het portaal en is verantwoordelijk voor je account.',
      'Solliciteer je op een vacature? Dan is ook de organisatie van die vacature verantwoordelijk. Zij beoordeelt je sollicitatie en beslist erover.',
    ],
  },
  what: {
    title: 'Welke gegevens bewaren we?',
    items: [
      'Je account: je naam en e-mailadres. Je wachtwoord bewaren we zo dat niemand het kan lezen, ook wij niet. Van elke keer dat je inlogt bewaren we wanneer dat was en tot wanneer het geldt; niet op welk apparaat.',
      'Je sollicitatie: je naam, e-mailadres, telefoonnummer (als je dat invult), je motivatie, je cv, je brief (als je die meestuurt) en je keuze voor de talentpool.',
      'Wat de organisatie bij je sollicitatie bijhoudt: de stand (bijvoorbeeld ‘uitgenodigd’ of ‘afgewezen’) en notities van haar medewerkers.',
      'Je e-mailalerts: je e-mailadres, de zoekopdracht, hoe vaak je een mail wilt en welke vacatures we je al stuurden.',
      'De e-mails die we je sturen, zoals de bevestiging van je sollicitatie. De tekst bewaren we tot de e-mail verstuurd is (er staan links in die alleen voor jou zijn); daarna alleen het onderwerp en wanneer we hem stuurden.',
      'Een logboek van wat er met je account is gebeurd (bijvoorbeeld wanneer je je e-mailadres bevestigde). Mislukt een poging om met je e-mailadres in te loggen, dan noteren we wanneer en vanaf welk IP-adres, om misbruik op te sporen.',
    ],
  },
  why: {
    title: 'Waarom bewaren we die gegevens?',
    text: [
      'Voor de sollicitatieprocedure: zodat de organisatie je sollicitatie kan beoordelen en contact met je kan opnemen. Dat mag omdat het nodig is om, op jouw verzoek, misschien een arbeidsovereenkomst met je te sluiten (AVG artikel 6 lid 1 onder b). Hetzelfde geldt voor je account en je e-mailalerts: die maak je zelf aan.',
      'Koos je voor de talentpool? Dan ook zodat andere organisaties van de alliantie je kunnen benaderen voor een andere baan. Dat doen we alleen met je toestemming (artikel 6 lid 1 onder a), en die kun je altijd intrekken.',
      'Het logboek en de mislukte inlogpogingen bewaren we om je account en het portaal te beveiligen; dat moeten we (artikel 6 lid 1 onder c, met artikel 32).',
      'We gebruiken je gegevens niet voor iets anders. We verkopen ze niet en geven ze niet aan anderen.',
    ],
  },
  access: {
    title: 'Wie ziet je gegevens?',
    text: [
      'Alleen de HR-medewerkers van de organisatie waar je solliciteert. Andere organisaties zien je sollicitatie niet, en het alliantiebureau ook niet.',
      'Sta je in de talentpool? Dan kunnen de HR-medewerkers van alle actieve leden van de alliantie je daar vinden. Ze zien je naam, e-mailadres, telefoonnummer, het begin van je motivatie en op welke vacature je solliciteerde; je cv en brief niet.',
      'Het alliantiebureau ziet in zijn logboek wanneer een account zijn e-mailadres bevestigde en mislukte inlogpogingen (met het e-mailadres en het IP-adres), om misbruik op te sporen.',
      'Het portaal draait bij een hostingpartij, verstuurt e-mail via een e-mailprovider en kan cv’s en brieven bij een opslagdienst bewaren. Die verwerken je gegevens alleen in opdracht van de alliantie, onder een verwerkersovereenkomst, en binnen de Europese Economische Ruimte.',
    ],
  },
  retention: {
    title: 'Hoe lang bewaren we je gegevens?',
    caption: 'Hoe lang we je gegevens bewaren',
    columns: { what: 'Gegevens', howLong: 'Hoe lang' },
    rows: [
      {
        what: 'Je sollicitatie, alleen voor deze procedure',
        howLong: 'Tot vier weken na het einde van de procedure',
      },
      {
        what: 'Je sollicitatie, met toestemming voor de talentpool',
        howLong:
          'Tot een jaar nadat je toestemming gaf. Is de procedure dan nog geen vier weken voorbij? Dan tot vier weken na het einde ervan. Gaat de organisatie waar je solliciteerde uit de alliantie? Dan tot vier weken daarna, en vanaf dat moment sta je niet meer in de talentpool. Bevestigde je de toestemming nooit (met de link in onze e-mail, of ingelogd met het adres van je account)? Dan als zonder toestemming.',
      },
      {
        what: 'Je account',
        howLong:
          'Tot je het zelf verwijdert. Bevestig je je e-mailadres niet binnen 30 dagen, dan verwijderen we het account.',
      },
      {
        what: 'Waar je bent ingelogd',
        howLong: 'Tot 30 dagen nadat je inlogde, of tot je uitlogt.',
      },
      {
        what: 'De links in onze e-mails',
        howLong:
          'Een link om je wachtwoord te herstellen of je e-mailadres te bevestigen werkt een uur tot een week. De link naar je eigen pagina (in de bevestiging van je sollicitatie) en de link om je alerts te beheren werken 400 dagen, en openen wat er op dat moment bij je e-mailadres hoort. De link om een alert te stoppen werkt zolang de alert bestaat.',
      },
      {
        what: 'De e-mails die we je stuurden',
        howLong: 'Het onderwerp en wanneer we hem stuurden: 30 dagen.',
      },
      {
        what: 'Mislukte inlogpogingen, met IP-adres',
        howLong: 'Een half jaar.',
      },
      {
        what: 'Je e-mailalert',
        howLong:
          'Tot je hem stopt, met de link in elke mail of op je pagina. Zet je hem niet binnen een week aan, dan verwijderen we hem. Zien we een half jaar niets van je, dan vragen we of je hem wilt houden; zonder antwoord stopt hij na 30 dagen.',
      },
    ],
    text: [
      'Een procedure is voorbij als de vacature sluit (of eerder, als er vóór de sluiting iemand is aangenomen), voor jou ook als de organisatie je heeft afgewezen, als de organisatie de alliantie verlaat, of als de vacature van het portaal is gehaald en haar sluitingsdatum voorbij is. Daarna verwijderen we je sollicitatie vanzelf, met je cv, je brief en de notities.',
      'Verlaat een organisatie de alliantie? Dan krijgt zij eerst een kopie van de sollicitaties die zij kreeg, en krijg jij een e-mail met de datum waarop wij je sollicitatie verwijderen.',
      'Trek je een sollicitatie in? Dan verwijderen we die meteen.',
    ],
  },
  rights: {
    title: 'Wat kun je zelf doen?',
    intro: 'Met een account doe je dit zelf, op je accountpagina:',
    download:
      'Je gegevens bekijken en downloaden: kies ‘Mijn gegevens downloaden’. Je krijgt een zip-bestand met alles wat we van je bewaren: je account, je sollicitaties met cv, brief en notities, welke e-mails we je stuurden en het logboek.',
    erase:
      'Je account verwijderen: kies ‘Account verwijderen’. We verwijderen dan meteen je account en al je gegevens, ook je sollicitaties en je plek in de talentpool.',
    withdraw:
      'Een sollicitatie intrekken, of uit de talentpool gaan (de sollicitatie bewaren we dan als een zonder die toestemming): bij ‘Mijn sollicitaties’.',
    accountLink: 'Naar je accountpagina',
    guest:
      'Solliciteerde je zonder account? In de bevestigingsmail staat een link naar je eigen pagina. Daar zie je je sollicitaties, trek je er een in, ga je uit de talentpool, download je al je gegevens of laat je alles verwijderen. Met een account op hetzelfde e-mailadres zie je ze ook op je accountpagina. Heb je alleen e-mailalerts? Onder elke alertmail staat een link naar je alerts; daar download je ze ook, met de vacatures die ze je stuurden.',
    more: 'Klopt er iets niet in je gegevens (rectificatie), wil je dat we ze even niet gebruiken (beperking), of heb je bezwaar tegen wat we ermee doen? Mail de organisatie van de vacature als het om je sollicitatie gaat, en anders het alliantiebureau. We antwoorden binnen een maand. Je download bestaat uit gewone bestanden (JSON en je eigen cv en brief), zodat je je gegevens ook ergens anders kunt gebruiken (overdraagbaarheid).',
    complaintBefore:
      'Ben je het niet eens met hoe wij met je gegevens omgaan? Neem dan contact met ons op. Je mag ook een klacht indienen bij de ',
    complaintLink: 'Autoriteit Persoonsgegevens',
    complaintAfter: '.',
  },
  cookies: {
    title: 'Cookies',
    text: [
      'Samenwerven gebruikt alleen cookies die nodig zijn om in te loggen. Ze onthouden dat je bent ingelogd en beschermen je account tegen misbruik. Ze verdwijnen als je uitlogt, en anders vanzelf na een maand.',
      'We gebruiken geen cookies om je te volgen of voor advertenties. Daarom vragen we ook geen toestemming voor cookies.',
      'Open je een link uit onze e-mail (naar je sollicitatie, je gegevens of je alerts), dan bewaart je browser de sleutel uit die link zolang het tabblad open is, zodat je door de pagina’s kunt gaan. Sluit je het tabblad, dan is hij weg.',
      'We tellen wel hoe vaak een vacature wordt bekeken en in de zoekresultaten staat, en naar welke woorden mensen zoeken: alleen totalen per dag, zonder cookies en zonder iets over jou te bewaren (geen IP-adres). Zo zien de organisaties wat de site hun oplevert. Zoekwoorden bewaren we 13 maanden, en woorden waar minder dan drie keer naar is gezocht (zoals een naam) een week; die ziet ook niemand bij ons. Woorden met een e-mailadres of een lange reeks cijfers (zoals een telefoonnummer) bewaren we niet.',
    ],
  },
  contact: {
    title: 'Contact',
    application:
      'Een vraag over je sollicitatie? Neem contact op met de organisatie van de vacature. Je vindt haar gegevens bij de vacature.',
    portalBefore: 'Een vraag over Samenwerven of over deze privacyverklaring? Mail het alliantiebureau: ',
    portalAfter: '.',
    dpoBefore: 'De functionaris gegevensbescherming (FG) van het alliantiebureau bereik je op ',
    dpoAfter: '.',
  },
  apUrl: AP_URL,
};

export type PrivacyMessages = typeof nl;

const en: PrivacyMessages = {
  title: 'Privacy statement',
  lead: 'On Samenwerven you find vacancies of public organisations in the region and apply directly. This page tells you which of your data we keep, why, who sees it and for how long. And what you can do with your data yourself.',
  who: {
    title: 'Who is responsible?',
    text: [
      'Samenwerven is the portal of an alliance of public organisations: municipalities, the province, the water board and others. The alliance office runs the portal and is responsible for your account.',
      'When you apply for a vacancy, the organisation of that vacancy is responsible too. It reviews your application and decides on it.',
    ],
  },
  what: {
    title: 'Which data do we keep?',
    items: [
      'Your account: your name and e-mail address. We store your password so that nobody can read it, not even us. For each sign-in we keep when it was and until when it lasts; not on which device.',
      'Your application: your name, e-mail address, phone number (if you give one), your motivation, your CV, your letter (if you send one) and your choice about the talent pool.',
      'What the organisation keeps with your application: its stage (for example ‘invited’ or ‘rejected’) and notes by its staff.',
      'Your e-mail alerts: your e-mail address, the search, how often you want a mail and which vacancies we already sent you.',
      'The e-mails we send you, such as the confirmation of your application. We keep the text until the e-mail has been sent (it holds links meant for you alone); after that only the subject and when we sent it.',
      'A log of what happened to your account (for example when you confirmed your e-mail address). When an attempt to sign in with your e-mail address fails, we note when and from which IP address, to detect misuse.',
    ],
  },
  why: {
    title: 'Why do we keep this data?',
    text: [
      'For the application procedure: so that the organisation can review your application and contact you. We may do so because it is needed to possibly enter into an employment contract with you, at your request (GDPR article 6(1)(b)). The same goes for your account and your e-mail alerts: you create those yourself.',
      'Did you choose the talent pool? Then also so that other organisations of the alliance can approach you about another job. We only do that with your consent (article 6(1)(a)), which you can withdraw at any time.',
      'We keep the log and the failed sign-in attempts to secure your account and the portal; we have to (article 6(1)(c), with article 32).',
      'We do not use your data for anything else. We do not sell it and do not give it to others.',
    ],
  },
  access: {
    title: 'Who sees your data?',
    text: [
      'Only the HR staff of the organisation you apply to. Other organisations do not see your application, and neither does the alliance office.',
      'Are you in the talent pool? Then the HR staff of every active member of the alliance can find you there. They see your name, e-mail address, phone number, the start of your motivation and the vacancy you applied for; not your CV or letter.',
      'In its log the alliance office sees when an account confirmed its e-mail address, and failed sign-in attempts (with the e-mail address and the IP address), to detect misuse.',
      'The portal runs at a hosting provider, sends e-mail through a mail provider and may keep CVs and letters at a storage service. They process your data only on the alliance’s behalf, under a data processing agreement, and within the European Economic Area.',
    ],
  },
  retention: {
    title: 'How long do we keep your data?',
    caption: 'How long we keep your data',
    columns: { what: 'Data', howLong: 'How long' },
    rows: [
      {
        what: 'Your application, for this procedure only',
        howLong: 'Until four weeks after the procedure ends',
      },
      {
        what: 'Your application, with consent for the talent pool',
        howLong:
          'Until one year after you gave consent. If the procedure ended less than four weeks before that, until four weeks after it ended. If the organisation you applied to leaves the alliance, until four weeks after that, and from then on you are no longer in the talent pool. Did you never confirm the consent (with the link in our e-mail, or signed in with your account’s address)? Then as without consent.',
      },
      {
        what: 'Your account',
        howLong:
          'Until you erase it yourself. If you do not confirm your e-mail address within 30 days, we delete the account.',
      },
      {
        what: 'Where you are signed in',
        howLong: 'Until 30 days after you signed in, or until you sign out.',
      },
      {
        what: 'The links in our e-mails',
        howLong:
          'A link to reset your password or confirm your e-mail address works for an hour to a week. The link to your own page (in the confirmation of your application) and the link to manage your alerts work for 400 days, and open what belongs to your e-mail address at that moment. The link to stop an alert works as long as the alert exists.',
      },
      {
        what: 'The e-mails we sent you',
        howLong: 'The subject and when we sent it: 30 days.',
      },
      {
        what: 'Failed attempts to sign in, with the IP address',
        howLong: 'Half a year.',
      },
      {
        what: 'Your e-mail alert',
        howLong:
          'Until you stop it, with the link in every mail or on your page. If you do not switch it on within a week, we delete it. If we see nothing of you for half a year, we ask whether you want to keep it; without an answer it stops after 30 days.',
      },
    ],
    text: [
      'A procedure ends when the vacancy closes (or earlier, when someone was hired before it closed), for you also when the organisation turned you down, when the organisation leaves the alliance, or when the vacancy was taken off the portal and its closing date has passed. After that we delete your application automatically, with your CV, your letter and the notes.',
      'When an organisation leaves the alliance, it first gets a copy of the applications it received, and you get an e-mail with the date on which we delete your application.',
      'If you withdraw an application, we delete it straight away.',
    ],
  },
  rights: {
    title: 'What can you do yourself?',
    intro: 'With an account you do this yourself, on your account page:',
    download:
      'View and download your data: choose ‘Download my data’. You get a zip file with everything we keep about you: your account, your applications with CV, letter and notes, which e-mails we sent you and the log.',
    erase:
      'Erase your account: choose ‘Erase account’. We then delete your account and all your data straight away, including your applications and your place in the talent pool.',
    withdraw:
      'Withdraw an application, or leave the talent pool (we then keep the application as one without that consent): under ‘My applications’.',
    accountLink: 'Go to your account page',
    guest:
      'Did you apply without an account? The confirmation e-mail links to your own page. There you see your applications, withdraw one, leave the talent pool, download all your data or have everything deleted. With an account on the same e-mail address you also see them on your account page. Do you only have e-mail alerts? Every alert e-mail links to your alerts; you can download them there too, with the vacancies they sent you.',
    more: 'Is something in your data wrong (rectification), do you want us to stop using it for a while (restriction), or do you object to what we do with it? E-mail the organisation of the vacancy when it is about your application, and otherwise the alliance office. We answer within a month. Your download consists of ordinary files (JSON and your own CV and letter), so you can use your data elsewhere too (portability).',
    complaintBefore:
      'Do you disagree with how we handle your data? Please contact us first. You may also file a complaint with the ',
    complaintLink: 'Dutch Data Protection Authority (Autoriteit Persoonsgegevens)',
    complaintAfter: '.',
  },
  cookies: {
    title: 'Cookies',
    text: [
      'Samenwerven only uses the cookies needed to sign in. They remember that you are signed in and protect your account against misuse. They go when you sign out, or else by themselves after a month.',
      'We use no cookies to follow you or for advertising. That is why we do not ask your consent for cookies.',
      'When you open a link from our e-mail (to your application, your data or your alerts), your browser keeps the key from that link while the tab is open, so you can move between the pages. Close the tab and it is gone.',
      'We do count how often a vacancy is viewed and shown in search results, and which words people search for: only totals per day, without cookies and without keeping anything about you (no IP address). This shows the organisations what the site brings them. We keep search words for 13 months, and words searched for fewer than three times (such as a name) a week; nobody here sees those either. Words with an e-mail address or a long row of digits (such as a phone number) we do not keep.',
    ],
  },
  contact: {
    title: 'Contact',
    application:
      'A question about your application? Contact the organisation of the vacancy. You find its details with the vacancy.',
    portalBefore: 'A question about Samenwerven or this privacy statement? E-mail the alliance office: ',
    portalAfter: '.',
    dpoBefore: 'You reach the alliance office’s data protection officer (functionaris gegevensbescherming) at ',
    dpoAfter: '.',
  },
  apUrl: `${AP_URL}/en`,
};

export const privacyMessages: Record<Lang, PrivacyMessages> = { nl, en };
