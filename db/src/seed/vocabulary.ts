/**
 * The Dutch words the demo generator builds vacancies from: realistic public-sector job
 * titles per job field, with the education level and salary scales such jobs usually have.
 */
import type { EducationLevel } from '../taxonomy.ts';

export interface JobTemplate {
  title: string;
  level: EducationLevel;
  /** Lowest and highest salary scale (schaal 1–18) the job is usually in. */
  scales: [number, number];
  tasks: string[];
}

export const jobsByCategory: Record<string, JobTemplate[]> = {
  beleid: [
    {
      title: 'Beleidsmedewerker',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['beleidsnotities schrijven', 'het college adviseren'],
    },
    {
      title: 'Beleidsadviseur',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['integraal beleid ontwikkelen', 'bestuurders adviseren'],
    },
    {
      title: 'Senior beleidsadviseur economie',
      level: 'wo',
      scales: [11, 12],
      tasks: ['de economische agenda uitwerken', 'ondernemers en onderwijs verbinden'],
    },
    {
      title: 'Beleidsmedewerker duurzaamheid',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['de energietransitie in wijken begeleiden', 'subsidies voor verduurzaming regelen'],
    },
    {
      title: 'Strategisch adviseur',
      level: 'wo',
      scales: [12, 13],
      tasks: ['de koers van de organisatie mee bepalen', 'samenwerking in de regio versterken'],
    },
  ],
  ict: [
    {
      title: 'Informatieadviseur',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['informatievoorziening verbeteren', 'afdelingen adviseren over digitale werkprocessen'],
    },
    {
      title: 'Applicatiebeheerder',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['applicaties beheren', 'gebruikers ondersteunen'],
    },
    {
      title: 'Functioneel beheerder',
      level: 'hbo',
      scales: [8, 10],
      tasks: ['wijzigingen in applicaties testen', 'de leverancier aansturen'],
    },
    {
      title: 'Informatiebeveiliger (CISO)',
      level: 'wo',
      scales: [11, 12],
      tasks: ['informatiebeveiliging volgens de BIO borgen', 'risicoanalyses uitvoeren'],
    },
    {
      title: 'Data-analist',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['dashboards bouwen', 'data-gedreven werken stimuleren'],
    },
    {
      title: 'Medewerker servicedesk ICT',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['storingen oplossen', 'collega’s helpen met hun werkplek'],
    },
    {
      title: 'Softwareontwikkelaar',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['digitale diensten voor inwoners bouwen', 'open source componenten onderhouden'],
    },
  ],
  financien: [
    {
      title: 'Financieel adviseur',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['budgethouders adviseren', 'de begroting en jaarrekening opstellen'],
    },
    {
      title: 'Controller',
      level: 'wo',
      scales: [11, 12],
      tasks: ['de planning- en controlcyclus bewaken', 'het management gevraagd en ongevraagd adviseren'],
    },
    {
      title: 'Medewerker financiële administratie',
      level: 'mbo',
      scales: [6, 8],
      tasks: ['facturen verwerken', 'de administratie op orde houden'],
    },
    {
      title: 'Belastingmedewerker',
      level: 'mbo',
      scales: [7, 8],
      tasks: ['aanslagen gemeentelijke belastingen opleggen', 'bezwaren behandelen'],
    },
  ],
  juridisch: [
    {
      title: 'Juridisch adviseur',
      level: 'wo',
      scales: [10, 11],
      tasks: ['juridische vraagstukken beantwoorden', 'bezwaar- en beroepszaken voeren'],
    },
    {
      title: 'Jurist bezwaar en beroep',
      level: 'wo',
      scales: [9, 11],
      tasks: ['bezwaarschriften behandelen', 'de gemeente in rechte vertegenwoordigen'],
    },
    {
      title: 'Privacy officer',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['de AVG in de organisatie borgen', 'verwerkingsregisters bijhouden'],
    },
    {
      title: 'Juridisch medewerker Omgevingswet',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['vergunningen toetsen aan de Omgevingswet', 'zienswijzen beantwoorden'],
    },
  ],
  'sociaal-domein': [
    {
      title: 'Consulent Werk en Inkomen',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['inwoners naar werk begeleiden', 'uitkeringsaanvragen beoordelen'],
    },
    {
      title: 'Wmo-consulent',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['keukentafelgesprekken voeren', 'maatwerkvoorzieningen indiceren'],
    },
    {
      title: 'Jeugdconsulent',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['gezinnen ondersteunen', 'jeugdhulp inzetten en monitoren'],
    },
    {
      title: 'Schuldhulpverlener',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['inwoners met schulden helpen', 'afspraken met schuldeisers maken'],
    },
    {
      title: 'Klantmanager Participatiewet',
      level: 'hbo',
      scales: [8, 10],
      tasks: ['re-integratietrajecten opzetten', 'werkgevers betrekken'],
    },
  ],
  ruimte: [
    {
      title: 'Stedenbouwkundige',
      level: 'wo',
      scales: [10, 12],
      tasks: ['gebiedsontwikkelingen ontwerpen', 'initiatiefnemers adviseren'],
    },
    {
      title: 'Vergunningverlener omgevingsrecht',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['omgevingsvergunningen verlenen', 'aanvragers adviseren'],
    },
    {
      title: 'Planoloog',
      level: 'wo',
      scales: [10, 11],
      tasks: ['omgevingsplannen opstellen', 'ruimtelijke afwegingen maken'],
    },
    {
      title: 'Projectleider woningbouw',
      level: 'hbo',
      scales: [11, 12],
      tasks: ['woningbouwprojecten realiseren', 'corporaties en ontwikkelaars verbinden'],
    },
  ],
  techniek: [
    {
      title: 'Medewerker buitendienst',
      level: 'vmbo',
      scales: [4, 5],
      tasks: ['de openbare ruimte onderhouden', 'meldingen van inwoners oppakken'],
    },
    {
      title: 'Toezichthouder civiele werken',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['toezicht houden op aannemers', 'de kwaliteit van werken bewaken'],
    },
    {
      title: 'Civiel technicus',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['wegen en riolering ontwerpen', 'bestekken schrijven'],
    },
    {
      title: 'Beheerder openbare ruimte',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['beheerplannen opstellen', 'onderhoud programmeren'],
    },
    {
      title: 'Monteur gemalen',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['gemalen en pompen onderhouden', 'storingsdiensten draaien'],
    },
  ],
  communicatie: [
    {
      title: 'Communicatieadviseur',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['projecten communicatief ondersteunen', 'bestuurders adviseren'],
    },
    {
      title: 'Webredacteur',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['de website in begrijpelijke taal schrijven', 'toegankelijkheid bewaken'],
    },
    {
      title: 'Woordvoerder',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['de pers te woord staan', 'het college adviseren over communicatie'],
    },
  ],
  hr: [
    {
      title: 'HR-adviseur',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['leidinggevenden adviseren', 'verzuim en ontwikkeling begeleiden'],
    },
    {
      title: 'Recruiter',
      level: 'hbo',
      scales: [8, 10],
      tasks: ['vacatures vervullen', 'de arbeidsmarktcommunicatie versterken'],
    },
    {
      title: 'Salarisadministrateur',
      level: 'mbo',
      scales: [7, 8],
      tasks: ['de salarisadministratie verzorgen', 'mutaties verwerken'],
    },
  ],
  dienstverlening: [
    {
      title: 'Medewerker Burgerzaken',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['paspoorten en rijbewijzen uitgeven', 'inwoners aan de balie helpen'],
    },
    {
      title: 'Klantcontactmedewerker',
      level: 'mbo',
      scales: [5, 6],
      tasks: ['inwoners telefonisch en digitaal te woord staan', 'vragen direct oplossen'],
    },
    {
      title: 'Medewerker Publiekszaken',
      level: 'mbo',
      scales: [6, 8],
      tasks: ['aktes van de burgerlijke stand opmaken', 'de BRP bijhouden'],
    },
  ],
  veiligheid: [
    {
      title: 'Boa openbare ruimte',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['toezicht houden in de wijken', 'overtredingen aanpakken'],
    },
    {
      title: 'Adviseur openbare orde en veiligheid',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['de burgemeester adviseren', 'ondermijning aanpakken'],
    },
    {
      title: 'Toezichthouder bouw- en woningtoezicht',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['bouwwerken controleren', 'handhavingsbesluiten voorbereiden'],
    },
  ],
  milieu: [
    {
      title: 'Ecoloog',
      level: 'wo',
      scales: [10, 11],
      tasks: ['natuurwaarden onderzoeken', 'projecten toetsen aan natuurwetgeving'],
    },
    {
      title: 'Adviseur waterkwaliteit',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['de waterkwaliteit meten en verbeteren', 'boeren en gemeenten adviseren'],
    },
    {
      title: 'Milieu-inspecteur',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['bedrijven controleren op milieuregels', 'rapporten opstellen'],
    },
  ],
  zorg: [
    {
      title: 'Jeugdverpleegkundige',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['ouders en kinderen adviseren', 'consulten op het consultatiebureau houden'],
    },
    {
      title: 'Arts infectieziektebestrijding',
      level: 'wo',
      scales: [13, 14],
      tasks: ['uitbraken bestrijden', 'bron- en contactonderzoek leiden'],
    },
    {
      title: 'Sociaal-psychiatrisch verpleegkundige',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['verwarde personen ondersteunen', 'zorg regelen in de wijk'],
    },
  ],
  management: [
    {
      title: 'Teamleider',
      level: 'hbo',
      scales: [11, 12],
      tasks: ['een team van vijftien collega’s leiden', 'de doelen van de afdeling realiseren'],
    },
    {
      title: 'Afdelingsmanager',
      level: 'wo',
      scales: [12, 14],
      tasks: ['de afdeling aansturen', 'verbinding leggen met het bestuur'],
    },
    {
      title: 'Gemeentesecretaris',
      level: 'wo',
      scales: [16, 17],
      tasks: ['de ambtelijke organisatie leiden', 'het college adviseren'],
    },
  ],
  secretariaat: [
    {
      title: 'Managementassistent',
      level: 'mbo',
      scales: [7, 8],
      tasks: ['agenda’s beheren', 'vergaderingen voorbereiden'],
    },
    {
      title: 'Administratief medewerker',
      level: 'mbo',
      scales: [5, 6],
      tasks: ['dossiers bijhouden', 'post en e-mail afhandelen'],
    },
    {
      title: 'Bestuurssecretaris',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['bestuursvergaderingen voorbereiden', 'besluitvorming bewaken'],
    },
  ],
  informatiebeheer: [
    {
      title: 'Medewerker DIV',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['documenten registreren en archiveren', 'de Archiefwet toepassen'],
    },
    {
      title: 'Archivaris',
      level: 'wo',
      scales: [10, 11],
      tasks: ['het archief beheren', 'toezicht houden op informatiebeheer'],
    },
    {
      title: 'Adviseur informatiebeheer',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['de Woo en Archiefwet naleven', 'digitaal archiveren invoeren'],
    },
  ],
};

export const requirementsByLevel: Record<EducationLevel, string[]> = {
  vmbo: ['een afgeronde opleiding op vmbo-niveau', 'je werkt graag buiten en met je handen', 'rijbewijs B'],
  mbo: ['een afgeronde mbo-opleiding (niveau 3 of 4)', 'een klantgerichte houding', 'je werkt nauwkeurig'],
  hbo: ['hbo-werk- en denkniveau', 'enkele jaren relevante werkervaring', 'je schrijft helder en begrijpelijk'],
  wo: ['wo-werk- en denkniveau', 'ruime ervaring in een politiek-bestuurlijke omgeving', 'je bent een verbinder'],
};

export const offers: string[] = [
  'een individueel keuzebudget van 17,05% bovenop je salaris',
  'flexibele werktijden en de mogelijkheid om hybride te werken',
  'ruime opleidingsmogelijkheden',
  'een goede pensioenregeling bij het ABP',
  'een reiskostenvergoeding',
  'een laptop en telefoon van de zaak',
];

export const departments: string[] = [
  'Sociaal Domein',
  'Fysiek Domein',
  'Bedrijfsvoering',
  'Publiekszaken',
  'Ruimte',
  'Bestuurs- en Concernzaken',
  'Informatievoorziening',
  'Openbare Ruimte',
];

export const firstNames = [
  'Anouk',
  'Bram',
  'Daan',
  'Emma',
  'Fatima',
  'Hugo',
  'Iris',
  'Jeroen',
  'Lotte',
  'Mohammed',
  'Noor',
  'Pieter',
  'Sanne',
  'Thijs',
  'Yara',
];
export const lastNames = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'El Amrani',
  'Mulder',
  'de Boer',
  'Yılmaz',
  'van Dijk',
  'Peters',
];
