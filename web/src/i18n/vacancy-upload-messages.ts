/**
 * The texts of uploading vacancies as a CSV file (/beheer/vacatures/uploaden), in Dutch and
 * English. Staff pages address the reader as "je". The columns are explained here in the order
 * of the server's template (server/src/vacancies/upload.ts); the browser test checks that the
 * two name the same columns.
 */
import type { Lang } from './lang.ts';

const nl = {
  link: 'Vacatures uploaden (CSV)',
  title: 'Vacatures uploaden',
  intro:
    'Zet veel vacatures tegelijk op Samenwerven met een CSV-bestand, bijvoorbeeld uit Excel. Elke regel van het bestand is één vacature.',
  howTitle: 'Zo werkt het',
  steps: {
    template: 'Download het voorbeeldbestand',
    templateExcel: 'met puntkomma’s, voor Excel',
    templateRest: 'en vul per vacature één regel in. De eerste regel houdt de kolomnamen.',
    save: 'Sla het bestand op als CSV (UTF-8). Komma’s en puntkomma’s als scheidingsteken werken allebei. Een Excel-bestand (.xlsx) zelf kunnen we niet lezen: kies in Excel ‘Opslaan als’ en dan ‘CSV UTF-8’.',
    upload:
      'Upload het bestand. Je ziet per regel of de vacature is aangemaakt of bijgewerkt, of wat er nog niet klopt. Regels zonder fouten worden opgeslagen, ook als andere regels fouten hebben.',
    again:
      'Met hetzelfde kenmerk opnieuw uploaden werkt de vacature bij. Zo kun je fouten verbeteren en het bestand daarna nog eens uploaden.',
  },
  columnsTitle: 'De kolommen',
  columnsIntro:
    'Lege cellen mag je laten staan: dan blijft dat veld leeg, of zoals het al was. Engelse kolomnamen mogen ook: de veldnamen van de API, zoals externalId en title.',
  columns: {
    kenmerk: 'Je eigen, unieke code voor de vacature (verplicht). Daarmee werk je de vacature later bij.',
    titel: 'De functietitel.',
    status:
      'concept, gepubliceerd of gesloten. Leeg: een nieuwe vacature wordt een concept, een bestaande blijft zoals ze is.',
    vakgebied: 'De code of de naam van het vakgebied, zoals beleid of ‘Beleid en advies’.',
    opleidingsniveau: 'vmbo, mbo, hbo of wo.',
    of_gelijkwaardig: 'ja of nee: een gelijkwaardig niveau is ook goed.',
    dienstverband: 'Bijvoorbeeld vast, tijdelijk, stage of traineeship.',
    uren_min: 'Het kleinste aantal uur per week, een heel getal.',
    uren_max: 'Het grootste aantal uur per week, een heel getal.',
    schaal: 'De salarisschaal, 1 tot en met 18 (niet verplicht).',
    salaris_min: 'Het laagste brutosalaris per maand in hele euro’s, zoals 4200, 4.200 of € 4.200,00 (niet verplicht).',
    salaris_max: 'Het hoogste brutosalaris per maand in hele euro’s, zoals 6100 of 6.100 (niet verplicht).',
    afdeling: 'De afdeling (niet verplicht).',
    samenvatting: 'Een of twee zinnen voor de zoekresultaten (niet verplicht).',
    beschrijving: 'De tekst van de vacature. Een lege regel in de cel begint een nieuwe alinea.',
    gemeente: 'De gemeente waar het werk is: de naam of de CBS-code, zoals Tilburg of GM0855.',
    postcode: 'De vier cijfers van de postcode (niet verplicht).',
    werkplek: 'op locatie, hybride of op afstand.',
    sluitingsdatum: 'Als 2026-12-31 of 31-12-2026. Nodig om te publiceren.',
    solliciteren_via: 'samenwerven (het formulier bij de vacature), website of e-mail.',
    sollicitatie_url: 'Het adres waar kandidaten solliciteren, bij ‘website’.',
    sollicitatie_email: 'Het e-mailadres voor sollicitaties, bij ‘e-mail’.',
    contactpersoon: 'Wie vragen beantwoordt (niet verplicht).',
    contact_email: 'Het e-mailadres van de contactpersoon (niet verplicht).',
    contact_telefoon: 'Het telefoonnummer van de contactpersoon (niet verplicht).',
  } as Record<string, string>,
  formTitle: 'Bestand uploaden',
  file: 'CSV-bestand',
  fileHint: (limit: string) => `Hoogstens ${limit} vacatures per bestand.`,
  submit: 'Uploaden',
  noFile: 'Kies een CSV-bestand.',
  emptyFile: 'Dit bestand is leeg (0 bytes). Kies het opnieuw.',
  spreadsheet: 'Een Excel-bestand kunnen we niet lezen. Sla het in Excel op als ‘CSV UTF-8’ en upload dat bestand.',
  tooLarge: (size: string) => `Het bestand is te groot (${size}). Het mag hoogstens 8 MB zijn.`,
  failed: 'Het bestand is niet verwerkt.',
  reportTitle: 'Resultaat',
  summary: (rows: number, created: number, updated: number, unchanged: number, failed: number) =>
    `${rows === 1 ? '1 regel' : `${rows} regels`} verwerkt: ${created} aangemaakt, ${updated} bijgewerkt, ${unchanged} ongewijzigd, ${failed} met fouten.`,
  reportCaption: 'Het resultaat per regel van het bestand',
  reportColumns: { line: 'Regel', reference: 'Kenmerk', title: 'Titel', outcome: 'Resultaat', notes: 'Toelichting' },
  outcomes: { created: 'Aangemaakt', updated: 'Bijgewerkt', unchanged: 'Ongewijzigd', failed: 'Niet opgeslagen' },
  open: (title: string) => `Bekijk ${title}`,
  openUntitled: 'Bekijk de vacature',
  mind: 'Let op:',
  toList: 'Naar de vacatures',
};

export type VacancyUploadMessages = typeof nl;

const en: VacancyUploadMessages = {
  link: 'Upload vacancies (CSV)',
  title: 'Upload vacancies',
  intro:
    'Put many vacancies on Samenwerven at once with a CSV file, for example from Excel. Each line of the file is one vacancy.',
  howTitle: 'How it works',
  steps: {
    template: 'Download the template',
    templateExcel: 'with semicolons, for Excel',
    templateRest: 'and fill in one line per vacancy. The first line holds the column names.',
    save: 'Save the file as CSV (UTF-8). Commas and semicolons both work as separators. We cannot read an Excel file (.xlsx) itself: in Excel, choose ‘Save as’ and then ‘CSV UTF-8’.',
    upload:
      'Upload the file. You see for each line whether the vacancy was created or updated, or what is not right yet. Lines without problems are saved, even when other lines have problems.',
    again:
      'Uploading again with the same reference updates the vacancy. So you can correct problems and then upload the file once more.',
  },
  columnsTitle: 'The columns',
  columnsIntro:
    'You may leave cells empty: that field then stays empty, or as it was. English column names work too: the API’s field names, such as externalId and title.',
  columns: {
    kenmerk: 'Your own, unique code for the vacancy (required). With it you update the vacancy later.',
    titel: 'The job title.',
    status:
      'concept, gepubliceerd or gesloten (or draft, published, closed). Empty: a new vacancy becomes a draft, an existing one stays as it is.',
    vakgebied: 'The code or the name of the job field, such as beleid or ‘Policy and advice’.',
    opleidingsniveau: 'vmbo, mbo, hbo or wo.',
    of_gelijkwaardig: 'ja or nee (yes or no): an equivalent level will do too.',
    dienstverband: 'For example vast, tijdelijk, stage (or permanent, temporary, internship).',
    uren_min: 'The fewest hours per week, a whole number.',
    uren_max: 'The most hours per week, a whole number.',
    schaal: 'The salary scale, 1 to 18 (optional).',
    salaris_min: 'The lowest gross salary per month in whole euros, such as 4200, 4.200 or € 4.200,00 (optional).',
    salaris_max: 'The highest gross salary per month in whole euros, such as 6100 or 6.100 (optional).',
    afdeling: 'The department (optional).',
    samenvatting: 'One or two sentences for the search results (optional).',
    beschrijving: 'The text of the vacancy. An empty line in the cell starts a new paragraph.',
    gemeente: 'The municipality where the work is: its name or CBS code, such as Tilburg or GM0855.',
    postcode: 'The four digits of the postcode (optional).',
    werkplek: 'op locatie, hybride or op afstand (or on site, hybrid, remote).',
    sluitingsdatum: 'As 2026-12-31 or 31-12-2026. Needed to publish.',
    solliciteren_via: 'samenwerven (the form on the vacancy), website or e-mail.',
    sollicitatie_url: 'The address where candidates apply, with ‘website’.',
    sollicitatie_email: 'The e-mail address for applications, with ‘e-mail’.',
    contactpersoon: 'Who answers questions (optional).',
    contact_email: 'The contact person’s e-mail address (optional).',
    contact_telefoon: 'The contact person’s phone number (optional).',
  },
  formTitle: 'Upload a file',
  file: 'CSV file',
  fileHint: (limit) => `At most ${limit} vacancies per file.`,
  submit: 'Upload',
  noFile: 'Choose a CSV file.',
  emptyFile: 'This file is empty (0 bytes). Choose it again.',
  spreadsheet: 'We cannot read an Excel file. Save it in Excel as ‘CSV UTF-8’ and upload that file.',
  tooLarge: (size) => `The file is too large (${size}). It may be 8 MB at most.`,
  failed: 'The file was not processed.',
  reportTitle: 'Result',
  summary: (rows, created, updated, unchanged, failed) =>
    `${rows === 1 ? '1 line' : `${rows} lines`} processed: ${created} created, ${updated} updated, ${unchanged} unchanged, ${failed} with problems.`,
  reportCaption: 'The result for each line of the file',
  reportColumns: { line: 'Line', reference: 'Reference', title: 'Title', outcome: 'Result', notes: 'Notes' },
  outcomes: { created: 'Created', updated: 'Updated', unchanged: 'Unchanged', failed: 'Not saved' },
  open: (title) => `View ${title}`,
  openUntitled: 'View the vacancy',
  mind: 'Please note:',
  toList: 'To the vacancies',
};

export const vacancyUploadMessages: Record<Lang, VacancyUploadMessages> = { nl, en };
