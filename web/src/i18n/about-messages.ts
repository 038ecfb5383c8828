/**
 * The statements a Dutch public body publishes about its site: the accessibility statement
 * (/toegankelijkheid, /en/accessibility), contact and colophon (/contact, /en/contact) and who is
 * behind the portal (/over, /en/about), in Dutch and English. Loaded only with those pages. The
 * alliance office's details are the server's configuration (GET /contact), so they are not here.
 *
 * The accessibility statement says what the code and its tests do, so change it with them: the
 * tests are tests/e2e/accessibility.test.ts (axe, both languages, 1280 and 320 px, reflow, focus
 * ring) and the browser tests of each task (axe on their pages, the keyboard walk-throughs named
 * below). Its status follows the model of the Dutch government's register: "voldoet volledig" and
 * "voldoet gedeeltelijk" need a full evaluation of every success criterion (WCAG-EM), which has
 * not been done, so the honest status is "eerste maatregelen genomen". The arrangement on the
 * about page is the membership life cycle (server/src/membership) and the cost split
 * (server/src/figures/costs.ts). Plain language (B1); public pages speak to the visitor as "je".
 */
import type { Lang } from './lang.ts';

/** The day this statement was drawn up and last reviewed (a calendar date). */
export const STATEMENT_DATE = '2026-12-02';
/** Where a complaint about how a report was handled goes, and the model this statement follows. */
export const OMBUDSMAN_URL = 'https://www.nationaleombudsman.nl';
export const REGISTER_URL = 'https://www.toegankelijkheidsverklaring.nl';

const nl = {
  /** Labels of the alliance office's details, shared by the three pages. */
  details: {
    name: 'Naam',
    email: 'E-mail',
    phone: 'Telefoon',
    address: 'Adres',
  },
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    lead: (office: string) =>
      `${office} wil dat iedereen Samenwerven kan gebruiken: ook als je slecht ziet, doof of slechthorend bent, alleen een toetsenbord of een schermlezer gebruikt, of als lezen je moeite kost.`,
    status: {
      title: 'Hoe toegankelijk is Samenwerven?',
      label: 'Status',
      value: 'Eerste maatregelen genomen',
      text: [
        'We testen de toegankelijkheid bij elke wijziging van de software en lossen op wat we daarbij vinden. Maar een volledig onderzoek van alle eisen door een deskundige, volgens de methode WCAG-EM, is nog niet gedaan.',
        'Daarom zeggen we niet dat Samenwerven ‘volledig voldoet’ of ‘gedeeltelijk voldoet’. Dat mag pas na zo’n onderzoek. Is dat gedaan, dan passen we deze verklaring aan.',
      ],
    },
    standard: {
      title: 'Aan welke eisen willen we voldoen?',
      text: [
        'Overheidsorganisaties moeten hun websites toegankelijk maken. Dat staat in het Besluit digitale toegankelijkheid overheid. Dat besluit verwijst naar de Europese norm EN 301 549, en die naar de richtlijnen WCAG 2.1 op niveau A en AA.',
        'Wij toetsen aan de nieuwere versie: WCAG 2.2, niveau A en AA.',
      ],
    },
    tested: {
      title: 'Hoe testen we?',
      items: [
        'Automatisch, in een echte browser (Chromium), met het testprogramma axe. Axe toetst de regels van WCAG 2.0, 2.1 en 2.2 op niveau A en AA. De tests lopen bij elke wijziging van de software.',
        'De openbare pagina’s testen we in het Nederlands en in het Engels, op een breed scherm (1280 pixels) en op een smal scherm (320 pixels): de zoekpagina met resultaten, zonder resultaten en met de suggesties open, een vacature, een organisatie, de deelnemers, de privacyverklaring, contact, ‘Over Samenwerven’, deze verklaring en de vacaturelijst die leden op hun eigen website tonen.',
        'Op 320 pixels breed controleren we ook dat je niet opzij hoeft te scrollen (WCAG 1.4.10).',
        'De pagina’s van een taak testen we met axe in de test van die taak: solliciteren, een e-mailalert maken, je account en je gegevens, een organisatie aanmelden, en de pagina’s voor medewerkers van de leden en van het alliantiebureau. Een deel daarvan op beide schermbreedtes, de rest alleen op het brede scherm, en de meeste alleen in het Nederlands.',
        'Met alleen het toetsenbord doorlopen de tests: zoeken met filters, solliciteren, een e-mailalert maken, een sollicitatie intrekken op de pagina met je gegevens, en vanuit de voettekst de privacyverklaring, deze verklaring, contact en ‘Over Samenwerven’ openen. Ook controleren we dat een veld of knop met de focus een zichtbare rand heeft.',
      ],
      notTested: [
        'Wat we (nog) niet testen: we hebben Samenwerven niet getest met schermlezers (zoals NVDA, JAWS, VoiceOver of TalkBack), niet met vergroting of aangepaste tekstafstand, en niet samen met mensen met een beperking.',
        'Een programma als axe vindt lang niet alle problemen. Of een tekst bij een afbeelding, een linktekst of een foutmelding duidelijk is, moet een mens beoordelen.',
      ],
    },
    gaps: {
      title: 'Wat is nog niet (zeker) toegankelijk?',
      items: [
        {
          title: 'Teksten van de leden',
          text: 'De vacatureteksten en de beschrijvingen van de organisaties schrijven de leden zelf. Samenwerven laat daarin alleen eenvoudige opmaak toe: kopjes, alinea’s, lijsten en links. Of de kopjes in de goede volgorde staan, de links duidelijk zijn en de tekst eenvoudig genoeg is, controleert Samenwerven niet.',
        },
        {
          title: 'Bestanden',
          text: 'Cv’s en brieven die sollicitanten meesturen (PDF of Word) en de downloads voor medewerkers (zoals CSV-bestanden en exports) controleren we niet op toegankelijkheid.',
        },
        {
          title: 'Grafieken',
          text: 'De cijferpagina’s voor medewerkers tonen grafieken. Bij elke grafiek staan een samenvatting in woorden en een tabel met dezelfde cijfers. Het contrast van de lijnen en staven in de grafiek zelf toetst axe niet.',
        },
        {
          title: 'De vacaturelijst op websites van leden',
          text: 'Leden kunnen hun vacatures van Samenwerven op hun eigen website tonen. Die lijst testen we zelf. Hoe zij in de website van het lid staat, bijvoorbeeld de titel van het kader eromheen, bepaalt het lid.',
        },
        {
          title: 'De API-documentatie',
          text: 'De pagina ‘API-documentatie’ (/api/docs) is voor ontwikkelaars die hun systeem aan Samenwerven koppelen. Ze is alleen in het Engels, net als de API zelf. We testen haar met axe, zoals de andere pagina’s. Dezelfde beschrijving staat als bestand op /api/v1/openapi.json, voor programma’s die API’s lezen. Wil je hulp bij het koppelen? Neem dan contact op met het alliantiebureau.',
        },
      ],
    },
    report: {
      title: 'Kom je een probleem tegen?',
      intro: (office: string) =>
        `Lukt iets niet, of kun je iets niet goed lezen of bedienen? Meld het bij ${office}. Zeg op welke pagina het was en wat er gebeurde. Je krijgt binnen vijf werkdagen antwoord.`,
      complaintBefore: 'Ben je niet tevreden over hoe we met je melding omgaan? Dan kun je een klacht indienen bij de ',
      complaintLink: 'Nationale ombudsman',
      complaintAfter: '.',
    },
    about: {
      title: 'Over deze verklaring',
      drawnUp: (date: string, office: string) => `Deze verklaring is opgesteld op ${date} door ${office}.`,
      reviewed: (date: string) => `Laatst herzien op ${date}.`,
      modelBefore: 'Ze volgt het model van de Nederlandse overheid op ',
      modelLink: 'toegankelijkheidsverklaring.nl',
      modelAfter: '.',
    },
  },
  contact: {
    title: 'Contact en colofon',
    lead: 'Samenwerven is het vacatureportaal van een alliantie van overheidsorganisaties. Het alliantiebureau beheert het portaal.',
    office: {
      title: 'Het alliantiebureau',
      text: 'Voor vragen over het portaal, je account, je gegevens of de toegankelijkheid. En voor organisaties die willen meedoen.',
    },
    vacancy: {
      title: 'Een vraag over een vacature?',
      text: 'Vragen over een vacature of over je sollicitatie stel je aan de organisatie van de vacature. Bij elke vacature staat wie je kunt bellen of mailen.',
    },
    colophon: {
      title: 'Colofon',
      publisher: (office: string) =>
        `Samenwerven wordt uitgegeven door ${office}, namens de organisaties die samen de alliantie vormen.`,
      membersLink: 'Welke organisaties meedoen',
      content:
        'De vacatures en de beschrijvingen van de organisaties komen van de leden zelf. Zij zijn ervoor verantwoordelijk.',
      sources: 'Gebieden en postcodes komen van het CBS en PDOK. De bronnen staan onderaan elke pagina.',
      software: 'De software van Samenwerven is open source, onder de Europese licentie EUPL-1.2.',
      statements: 'Verklaringen',
    },
  },
  about: {
    title: 'Over Samenwerven',
    lead: 'Samenwerven is het gezamenlijke vacatureportaal van gemeenten, provincie, waterschap en andere publieke organisaties in de regio. Ze werven samen, en blijven ieder zichzelf.',
    who: {
      title: 'Wie zit erachter?',
      text: [
        'De organisaties werken samen in een alliantie. Ze zijn niet samengegaan: elke organisatie blijft de werkgever van haar eigen mensen, en beslist zelf over haar vacatures en over wie ze aanneemt.',
      ],
      office: (office: string) =>
        `${office} coördineert de alliantie en beheert het portaal. Het laat nieuwe leden toe, beheert de gedeelde lijsten (zoals de vakgebieden), houdt de cijfers bij en verdeelt de kosten.`,
      contactLink: 'Contact met het alliantiebureau',
    },
    arrangement: {
      title: 'Hoe doen organisaties mee?',
      items: [
        'Een publieke organisatie meldt zich aan. Het alliantiebureau beslist over de aanmelding.',
        'Een lid plaatst zijn eigen vacatures, krijgt de sollicitaties daarop en kan kandidaten uit de gedeelde talentpool benaderen.',
        'De leden delen de kosten van het portaal. Het alliantiebureau kiest per jaar hoe: gelijk, naar het aantal geplaatste vacatures of naar een afgesproken gewicht. Een lid betaalt alleen voor de dagen dat het lid was.',
        'Een lid kan altijd stoppen, meteen of op een gekozen datum. Het krijgt dan al zijn gegevens mee, en zijn vacatures verdwijnen binnen enkele seconden van Samenwerven. Later weer meedoen kan.',
        'Het alliantiebureau kan een lid schorsen. Zolang dat duurt, zijn de vacatures van dat lid niet te vinden.',
      ],
      joinLink: 'Meld je organisatie aan',
    },
    members: {
      title: 'Wie doen er mee?',
      count: (n: number) =>
        n === 0
          ? 'Er doen nog geen organisaties mee.'
          : n === 1
            ? 'Er doet nu 1 organisatie mee.'
            : `Er doen nu ${n} organisaties mee.`,
      caption: 'De deelnemende organisaties, met hun soort, vestigingsplaats en sinds wanneer ze meedoen',
      columns: { name: 'Organisatie', kind: 'Soort', place: 'Vestigingsplaats', since: 'Lid sinds' },
      unknownSince: 'Onbekend',
      vacanciesLink: 'Hun vacatures per organisatie',
    },
  },
};

export type AboutMessages = typeof nl;

const en: AboutMessages = {
  details: {
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    address: 'Address',
  },
  accessibility: {
    title: 'Accessibility statement',
    lead: (office: string) =>
      `${office} wants everyone to be able to use Samenwerven: also if you have low vision, are deaf or hard of hearing, use only a keyboard or a screen reader, or find reading hard.`,
    status: {
      title: 'How accessible is Samenwerven?',
      label: 'Status',
      value: 'First measures taken (eerste maatregelen genomen)',
      text: [
        'We test accessibility with every change to the software and fix what we find. But a full evaluation of every requirement by an expert, following the WCAG-EM method, has not been done yet.',
        'That is why we do not say that Samenwerven ‘fully meets’ or ‘partially meets’ the requirements. That may only be said after such an evaluation. Once it has been done, we will update this statement.',
      ],
    },
    standard: {
      title: 'Which requirements do we aim to meet?',
      text: [
        'Dutch public bodies must make their websites accessible, as the Besluit digitale toegankelijkheid overheid (the government’s digital accessibility decree) requires. It refers to the European standard EN 301 549, which refers to the guidelines WCAG 2.1 at level A and AA.',
        'We test against the newer version: WCAG 2.2, level A and AA.',
      ],
    },
    tested: {
      title: 'How do we test?',
      items: [
        'Automatically, in a real browser (Chromium), with the testing tool axe. Axe checks the rules of WCAG 2.0, 2.1 and 2.2 at level A and AA. The tests run with every change to the software.',
        'We test the public pages in Dutch and in English, on a wide screen (1280 pixels) and on a narrow one (320 pixels): the search page with results, without results and with its suggestions open, a vacancy, an organisation, the members, the privacy statement, contact, ‘About Samenwerven’, this statement, and the list of vacancies members show on their own websites.',
        'At 320 pixels wide we also check that you do not need to scroll sideways (WCAG 1.4.10).',
        'The pages of a task are tested with axe in the test of that task: applying, making an e-mail alert, your account and your data, applying to join as an organisation, and the pages for staff of the members and of the alliance office. Some of them at both widths, the others on the wide screen only, and most in Dutch only.',
        'With the keyboard alone, the tests search with filters, apply for a vacancy, make an e-mail alert, withdraw an application on the page with your data, and open the privacy statement, this statement, contact and ‘About Samenwerven’ from the footer. We also check that a field or button with the focus shows a visible outline.',
      ],
      notTested: [
        'What we do not test (yet): we have not tested Samenwerven with screen readers (such as NVDA, JAWS, VoiceOver or TalkBack), with magnification or changed text spacing, or together with people with disabilities.',
        'A tool like axe finds far from every problem. Whether the text for an image, a link text or an error message is clear takes a person to judge.',
      ],
    },
    gaps: {
      title: 'What is not (surely) accessible yet?',
      items: [
        {
          title: 'Texts by the members',
          text: 'The members write their vacancy texts and the descriptions of their organisations themselves. Samenwerven only allows simple formatting in them: headings, paragraphs, lists and links. Whether the headings are in the right order, the links are clear and the text is plain enough, Samenwerven does not check.',
        },
        {
          title: 'Files',
          text: 'CVs and letters that applicants send (PDF or Word) and the downloads for staff (such as CSV files and exports) are not checked for accessibility.',
        },
        {
          title: 'Charts',
          text: 'The figures pages for staff show charts. Each chart comes with a summary in words and a table of the same figures. The contrast of the lines and bars in the chart itself is not checked by axe.',
        },
        {
          title: 'The list of vacancies on members’ websites',
          text: 'Members can show their Samenwerven vacancies on their own website. We test that list ourselves. How it sits in the member’s website, for example the title of the frame around it, is up to the member.',
        },
        {
          title: 'The API documentation',
          text: 'The page ‘API documentation’ (/api/docs) is for developers who connect their system to Samenwerven. It is in English only, as the API itself is. We test it with axe, as the other pages. The same description is available as a file at /api/v1/openapi.json, for programs that read APIs. Want help connecting? Contact the alliance office.',
        },
      ],
    },
    report: {
      title: 'Did you run into a problem?',
      intro: (office: string) =>
        `Does something not work, or can you not read or use something well? Let ${office} know. Say which page it was on and what happened. You will get an answer within five working days.`,
      complaintBefore: 'Not satisfied with how we handle your report? Then you can complain to the ',
      complaintLink: 'National Ombudsman',
      complaintAfter: '.',
    },
    about: {
      title: 'About this statement',
      drawnUp: (date: string, office: string) => `This statement was drawn up on ${date} by ${office}.`,
      reviewed: (date: string) => `Last reviewed on ${date}.`,
      modelBefore: 'It follows the model of the Dutch government at ',
      modelLink: 'toegankelijkheidsverklaring.nl',
      modelAfter: ' (in Dutch).',
    },
  },
  contact: {
    title: 'Contact and colophon',
    lead: 'Samenwerven is the recruitment portal of an alliance of public organisations. The alliance office runs the portal.',
    office: {
      title: 'The alliance office',
      text: 'For questions about the portal, your account, your data or accessibility. And for organisations that want to join.',
    },
    vacancy: {
      title: 'A question about a vacancy?',
      text: 'Ask questions about a vacancy or your application to the organisation of the vacancy. Each vacancy says whom you can call or e-mail.',
    },
    colophon: {
      title: 'Colophon',
      publisher: (office: string) =>
        `Samenwerven is published by ${office}, on behalf of the organisations that together form the alliance.`,
      membersLink: 'Which organisations take part',
      content:
        'The vacancies and the descriptions of the organisations come from the members themselves. They are responsible for them.',
      sources: 'Areas and postcodes come from CBS and PDOK. The sources are named at the foot of every page.',
      software: 'The software of Samenwerven is open source, under the European licence EUPL-1.2.',
      statements: 'Statements',
    },
  },
  about: {
    title: 'About Samenwerven',
    lead: 'Samenwerven is the joint recruitment portal of the municipalities, province, water board and other public organisations in the region. They recruit together, and each stays itself.',
    who: {
      title: 'Who is behind it?',
      text: [
        'The organisations work together in an alliance. They have not merged: each organisation remains the employer of its own people, and decides itself about its vacancies and whom it hires.',
      ],
      office: (office: string) =>
        `${office} coordinates the alliance and runs the portal. It admits new members, keeps the shared lists (such as the fields of work), keeps the figures and divides the costs.`,
      contactLink: 'Contact the alliance office',
    },
    arrangement: {
      title: 'How do organisations take part?',
      items: [
        'A public organisation applies to join. The alliance office decides on the application.',
        'A member posts its own vacancies, receives the applications to them and can approach candidates in the shared talent pool.',
        'The members share the costs of the portal. The alliance office chooses how each year: equally, by the number of vacancies posted, or by an agreed weight. A member pays only for the days it was a member.',
        'A member can always leave, at once or on a date it chooses. It then gets all its data, and its vacancies disappear from Samenwerven within seconds. Rejoining later is possible.',
        'The alliance office can suspend a member. While it lasts, that member’s vacancies cannot be found.',
      ],
      joinLink: 'Apply for your organisation to join',
    },
    members: {
      title: 'Who takes part?',
      count: (n: number) =>
        n === 0
          ? 'No organisations take part yet.'
          : n === 1
            ? '1 organisation takes part now.'
            : `${n} organisations take part now.`,
      caption: 'The member organisations, with their type, where they are based and since when they take part',
      columns: { name: 'Organisation', kind: 'Type', place: 'Based in', since: 'Member since' },
      unknownSince: 'Unknown',
      vacanciesLink: 'Their vacancies, per organisation',
    },
  },
};

export const aboutMessages: Record<Lang, AboutMessages> = { nl, en };
