/**
 * The Dutch words the demo generator builds vacancies from: realistic public-sector job
 * titles per job field, with the education level and salary scales such jobs usually have,
 * and the departments they sit in at the kinds of organisation that have them. The demo is
 * the first thing anyone sees of the portal, so these must fit together: no Gemeentesecretaris
 * at a water board, no boa in the social domain, no university graduate at scale 6.
 */
import type { EducationLevel, OrganisationKind } from '../taxonomy.ts';

export interface JobTemplate {
  title: string;
  level: EducationLevel;
  /** Lowest and highest salary scale (schaal 1–18) the job is usually in. */
  scales: [number, number];
  /** What the job does, each ending in its verb ("beleidsnotities schrijven"). */
  tasks: string[];
  /**
   * The departments (afdelingen) the job sits in, per kind of organisation that has it; `'*'`
   * for every other kind. A kind that is not listed (and no `'*'`) does not have the job.
   */
  at: Partial<Record<OrganisationKind | '*', string[]>>;
  /** A first job: also offered as an internship, and as a traineeship when it asks HBO or WO. */
  starter?: true;
}

/** Where most staff work, whatever the organisation. */
const staff = ['Concernstaf'];

export const jobsByCategory: Record<string, JobTemplate[]> = {
  beleid: [
    {
      title: 'Beleidsmedewerker',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['beleidsnotities schrijven', 'het bestuur adviseren'],
      at: { '*': staff, municipality: ['Bestuurs- en Concernzaken', 'Sociaal Domein', 'Fysiek Domein'] },
      starter: true,
    },
    {
      title: 'Beleidsadviseur',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['integraal beleid ontwikkelen', 'bestuurders adviseren'],
      at: {
        '*': staff,
        municipality: ['Bestuurs- en Concernzaken', 'Sociaal Domein', 'Fysiek Domein'],
        province: ['Ruimte en Mobiliteit', 'Economie', 'Concernstaf'],
      },
    },
    {
      title: 'Senior beleidsadviseur economie',
      level: 'wo',
      scales: [11, 12],
      tasks: ['de economische agenda uitwerken', 'ondernemers en onderwijs verbinden'],
      at: { municipality: ['Fysiek Domein', 'Bestuurs- en Concernzaken'], province: ['Economie'] },
    },
    {
      title: 'Beleidsmedewerker duurzaamheid',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['de energietransitie begeleiden', 'subsidies voor verduurzaming regelen'],
      at: { municipality: ['Fysiek Domein'], province: ['Natuur en Milieu'] },
      starter: true,
    },
    {
      title: 'Beleidsmedewerker jeugd',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['het jeugdbeleid schrijven', 'met scholen en jeugdhulp samenwerken'],
      at: { municipality: ['Sociaal Domein'] },
      starter: true,
    },
    {
      title: 'Beleidsadviseur mobiliteit',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['het mobiliteitsplan uitwerken', 'fiets en openbaar vervoer verbeteren'],
      at: { municipality: ['Fysiek Domein'], province: ['Ruimte en Mobiliteit'] },
    },
    {
      title: 'Strategisch adviseur',
      level: 'wo',
      scales: [12, 13],
      tasks: ['de koers van de organisatie mee bepalen', 'samenwerking in de regio versterken'],
      at: { '*': staff, municipality: ['Bestuurs- en Concernzaken'] },
    },
  ],
  ict: [
    {
      title: 'Informatieadviseur',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['informatievoorziening verbeteren', 'afdelingen adviseren over digitale werkprocessen'],
      at: { '*': ['Informatievoorziening'] },
    },
    {
      title: 'Applicatiebeheerder',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['applicaties beheren', 'gebruikers ondersteunen'],
      at: { '*': ['Informatievoorziening'] },
    },
    {
      title: 'Functioneel beheerder',
      level: 'hbo',
      scales: [8, 10],
      tasks: ['wijzigingen in applicaties testen', 'de leverancier aansturen'],
      at: { '*': ['Informatievoorziening', 'Bedrijfsvoering'] },
    },
    {
      title: 'Informatiebeveiliger (CISO)',
      level: 'wo',
      scales: [11, 12],
      tasks: ['informatiebeveiliging volgens de BIO borgen', 'risicoanalyses uitvoeren'],
      at: { '*': ['Concernstaf', 'Informatievoorziening'] },
    },
    {
      title: 'Data-analist',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['dashboards bouwen', 'data-gedreven werken stimuleren'],
      at: { '*': ['Informatievoorziening'] },
      starter: true,
    },
    {
      title: 'Medewerker servicedesk ICT',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['storingen oplossen', 'collega’s met hun werkplek helpen'],
      at: { '*': ['Informatievoorziening'] },
      starter: true,
    },
    {
      title: 'Softwareontwikkelaar',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['digitale diensten voor inwoners bouwen', 'open source componenten onderhouden'],
      at: { '*': ['Informatievoorziening'] },
      starter: true,
    },
  ],
  financien: [
    {
      title: 'Financieel adviseur',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['budgethouders adviseren', 'de begroting en jaarrekening opstellen'],
      at: { '*': ['Financiën', 'Bedrijfsvoering'] },
      starter: true,
    },
    {
      title: 'Controller',
      level: 'wo',
      scales: [11, 12],
      tasks: ['de planning- en controlcyclus bewaken', 'het management gevraagd en ongevraagd adviseren'],
      at: { '*': ['Financiën', 'Concernstaf'] },
    },
    {
      title: 'Medewerker financiële administratie',
      level: 'mbo',
      scales: [6, 8],
      tasks: ['facturen verwerken', 'de administratie op orde houden'],
      at: { '*': ['Financiën'] },
      starter: true,
    },
    {
      title: 'Belastingmedewerker',
      level: 'mbo',
      scales: [7, 8],
      tasks: ['aanslagen gemeentelijke belastingen opleggen', 'bezwaren behandelen'],
      at: { municipality: ['Belastingen'] },
    },
  ],
  juridisch: [
    {
      title: 'Juridisch adviseur',
      level: 'wo',
      scales: [10, 11],
      tasks: ['juridische vraagstukken beantwoorden', 'bezwaar- en beroepszaken voeren'],
      at: { '*': ['Juridische Zaken'], municipality: ['Juridische Zaken', 'Bestuurs- en Concernzaken'] },
      starter: true,
    },
    {
      title: 'Jurist bezwaar en beroep',
      level: 'wo',
      scales: [10, 11],
      tasks: ['bezwaarschriften behandelen', 'de organisatie bij de rechter vertegenwoordigen'],
      at: { '*': ['Juridische Zaken'] },
    },
    {
      title: 'Privacy officer',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['de AVG in de organisatie borgen', 'verwerkingsregisters bijhouden'],
      at: { '*': ['Concernstaf', 'Juridische Zaken'] },
    },
    {
      title: 'Juridisch medewerker Omgevingswet',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['vergunningen aan de Omgevingswet toetsen', 'zienswijzen beantwoorden'],
      at: {
        municipality: ['Vergunningen, Toezicht en Handhaving'],
        joint_arrangement: ['Vergunningen, Toezicht en Handhaving'],
        province: ['Ruimte en Mobiliteit'],
      },
      starter: true,
    },
  ],
  'sociaal-domein': [
    {
      title: 'Consulent Werk en Inkomen',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['inwoners naar werk begeleiden', 'uitkeringsaanvragen beoordelen'],
      at: { municipality: ['Werk en Inkomen'] },
    },
    {
      title: 'Wmo-consulent',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['keukentafelgesprekken voeren', 'maatwerkvoorzieningen indiceren'],
      at: { municipality: ['Sociaal Domein'] },
      starter: true,
    },
    {
      title: 'Jeugdconsulent',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['gezinnen ondersteunen', 'jeugdhulp inzetten en monitoren'],
      at: { municipality: ['Sociaal Domein'] },
    },
    {
      title: 'Schuldhulpverlener',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['inwoners met schulden helpen', 'afspraken met schuldeisers maken'],
      at: { municipality: ['Werk en Inkomen', 'Sociaal Domein'] },
    },
    {
      title: 'Klantmanager Participatiewet',
      level: 'hbo',
      scales: [8, 10],
      tasks: ['re-integratietrajecten opzetten', 'werkgevers betrekken'],
      at: { municipality: ['Werk en Inkomen'] },
    },
  ],
  ruimte: [
    {
      title: 'Stedenbouwkundige',
      level: 'wo',
      scales: [10, 12],
      tasks: ['gebiedsontwikkelingen ontwerpen', 'initiatiefnemers adviseren'],
      at: { municipality: ['Ruimtelijke Ontwikkeling'] },
      starter: true,
    },
    {
      title: 'Vergunningverlener omgevingsrecht',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['omgevingsvergunningen verlenen', 'aanvragers adviseren'],
      at: {
        municipality: ['Vergunningen, Toezicht en Handhaving'],
        joint_arrangement: ['Vergunningen, Toezicht en Handhaving'],
        province: ['Ruimte en Mobiliteit'],
      },
    },
    {
      title: 'Planoloog',
      level: 'wo',
      scales: [10, 11],
      tasks: ['omgevingsplannen opstellen', 'ruimtelijke afwegingen maken'],
      at: {
        municipality: ['Ruimtelijke Ontwikkeling'],
        province: ['Ruimte en Mobiliteit'],
        water_board: ['Watersysteem'],
      },
      starter: true,
    },
    {
      title: 'Projectleider woningbouw',
      level: 'hbo',
      scales: [11, 12],
      tasks: ['woningbouwprojecten realiseren', 'corporaties en ontwikkelaars verbinden'],
      at: { municipality: ['Ruimtelijke Ontwikkeling'] },
    },
  ],
  techniek: [
    {
      title: 'Medewerker buitendienst',
      level: 'vmbo',
      scales: [4, 5],
      tasks: ['de openbare ruimte onderhouden', 'meldingen van inwoners oppakken'],
      at: { municipality: ['Openbare Ruimte'] },
    },
    {
      title: 'Toezichthouder civiele werken',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['toezicht op aannemers houden', 'de kwaliteit van werken bewaken'],
      at: { municipality: ['Openbare Ruimte'], water_board: ['Watersysteem'], province: ['Ruimte en Mobiliteit'] },
    },
    {
      title: 'Civiel technicus',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['wegen en riolering ontwerpen', 'bestekken schrijven'],
      at: { municipality: ['Openbare Ruimte'] },
      starter: true,
    },
    {
      title: 'Beheerder openbare ruimte',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['beheerplannen opstellen', 'onderhoud programmeren'],
      at: { municipality: ['Openbare Ruimte'] },
    },
    {
      title: 'Monteur gemalen',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['gemalen en pompen onderhouden', 'storingsdiensten draaien'],
      at: { water_board: ['Zuiveringsbeheer', 'Watersysteem'], municipality: ['Openbare Ruimte'] },
      starter: true,
    },
    {
      title: 'Technoloog afvalwaterzuivering',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['het zuiveringsproces optimaliseren', 'energie en grondstoffen terugwinnen'],
      at: { water_board: ['Zuiveringsbeheer'] },
      starter: true,
    },
  ],
  communicatie: [
    {
      title: 'Communicatieadviseur',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['projecten communicatief ondersteunen', 'bestuurders adviseren'],
      at: { '*': ['Communicatie'] },
      starter: true,
    },
    {
      title: 'Webredacteur',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['de website in begrijpelijke taal schrijven', 'toegankelijkheid bewaken'],
      at: { '*': ['Communicatie'] },
    },
    {
      title: 'Woordvoerder',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['de pers te woord staan', 'het bestuur over communicatie adviseren'],
      at: { '*': ['Communicatie'], municipality: ['Communicatie', 'Bestuurs- en Concernzaken'] },
    },
  ],
  hr: [
    {
      title: 'HR-adviseur',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['leidinggevenden adviseren', 'verzuim en ontwikkeling begeleiden'],
      at: { '*': ['Personeel en Organisatie'] },
      starter: true,
    },
    {
      title: 'Recruiter',
      level: 'hbo',
      scales: [8, 10],
      tasks: ['vacatures vervullen', 'de arbeidsmarktcommunicatie versterken'],
      at: { '*': ['Personeel en Organisatie'] },
    },
    {
      title: 'Salarisadministrateur',
      level: 'mbo',
      scales: [7, 8],
      tasks: ['de salarisadministratie verzorgen', 'mutaties verwerken'],
      at: { '*': ['Personeel en Organisatie', 'Bedrijfsvoering'] },
    },
  ],
  dienstverlening: [
    {
      title: 'Medewerker Burgerzaken',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['paspoorten en rijbewijzen uitgeven', 'inwoners aan de balie helpen'],
      at: { municipality: ['Publiekszaken'] },
      starter: true,
    },
    {
      title: 'Klantcontactmedewerker',
      level: 'mbo',
      scales: [5, 6],
      tasks: ['inwoners telefonisch en digitaal te woord staan', 'vragen direct oplossen'],
      at: { '*': ['Klantcontactcentrum'], municipality: ['Publiekszaken', 'Klantcontactcentrum'] },
      starter: true,
    },
    {
      title: 'Medewerker Publiekszaken',
      level: 'mbo',
      scales: [6, 8],
      tasks: ['aktes van de burgerlijke stand opmaken', 'de BRP bijhouden'],
      at: { municipality: ['Publiekszaken'] },
    },
  ],
  veiligheid: [
    {
      title: 'Boa openbare ruimte',
      level: 'mbo',
      scales: [7, 8],
      tasks: ['toezicht in de wijken houden', 'overtredingen aanpakken'],
      at: { municipality: ['Veiligheid en Handhaving'] },
    },
    {
      title: 'Adviseur openbare orde en veiligheid',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['de burgemeester adviseren', 'ondermijning aanpakken'],
      at: { municipality: ['Veiligheid en Handhaving', 'Bestuurs- en Concernzaken'] },
    },
    {
      title: 'Toezichthouder bouw- en woningtoezicht',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['bouwwerken controleren', 'handhavingsbesluiten voorbereiden'],
      at: {
        municipality: ['Vergunningen, Toezicht en Handhaving'],
        joint_arrangement: ['Vergunningen, Toezicht en Handhaving'],
      },
    },
  ],
  milieu: [
    {
      title: 'Ecoloog',
      level: 'wo',
      scales: [10, 11],
      tasks: ['natuurwaarden onderzoeken', 'projecten aan natuurwetgeving toetsen'],
      at: { province: ['Natuur en Milieu'], water_board: ['Watersysteem'], joint_arrangement: ['Milieu'] },
      starter: true,
    },
    {
      title: 'Adviseur waterkwaliteit',
      level: 'hbo',
      scales: [9, 11],
      tasks: ['boeren en gemeenten adviseren', 'de waterkwaliteit meten en verbeteren'],
      at: { water_board: ['Watersysteem'], province: ['Natuur en Milieu'] },
      starter: true,
    },
    {
      title: 'Milieu-inspecteur',
      level: 'mbo',
      scales: [8, 9],
      tasks: ['bedrijven op milieuregels controleren', 'rapporten opstellen'],
      at: { joint_arrangement: ['Milieu', 'Vergunningen, Toezicht en Handhaving'], province: ['Natuur en Milieu'] },
    },
  ],
  zorg: [
    {
      title: 'Jeugdverpleegkundige',
      level: 'hbo',
      scales: [8, 9],
      tasks: ['ouders en kinderen adviseren', 'consulten op het consultatiebureau houden'],
      at: { health: ['Jeugdgezondheidszorg'] },
      starter: true,
    },
    {
      title: 'Jeugdarts',
      level: 'wo',
      scales: [12, 13],
      tasks: ['de groei en ontwikkeling van kinderen volgen', 'ouders over gezond opgroeien adviseren'],
      at: { health: ['Jeugdgezondheidszorg'] },
    },
    {
      title: 'Doktersassistent jeugdgezondheidszorg',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['spreekuren voorbereiden', 'kinderen meten en wegen'],
      at: { health: ['Jeugdgezondheidszorg'] },
      starter: true,
    },
    {
      title: 'Arts infectieziektebestrijding',
      level: 'wo',
      scales: [13, 14],
      tasks: ['uitbraken bestrijden', 'bron- en contactonderzoek leiden'],
      at: { health: ['Infectieziektebestrijding'] },
    },
    {
      title: 'Epidemioloog',
      level: 'wo',
      scales: [11, 12],
      tasks: ['gezondheidsgegevens analyseren', 'de gezondheidsmonitor uitvoeren'],
      at: { health: ['Infectieziektebestrijding', 'Publieke Gezondheid'] },
      starter: true,
    },
    {
      title: 'Sociaal-psychiatrisch verpleegkundige',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['verwarde personen ondersteunen', 'zorg in de wijk regelen'],
      at: { health: ['Publieke Gezondheid'] },
    },
  ],
  management: [
    {
      title: 'Teamleider',
      level: 'hbo',
      scales: [11, 12],
      tasks: ['een team van vijftien collega’s leiden', 'de doelen van de afdeling realiseren'],
      at: {
        '*': ['Bedrijfsvoering', 'Informatievoorziening', 'Klantcontactcentrum'],
        municipality: ['Publiekszaken', 'Werk en Inkomen', 'Openbare Ruimte', 'Bedrijfsvoering'],
        water_board: ['Zuiveringsbeheer', 'Watersysteem', 'Bedrijfsvoering'],
        health: ['Jeugdgezondheidszorg', 'Infectieziektebestrijding', 'Bedrijfsvoering'],
        joint_arrangement: ['Vergunningen, Toezicht en Handhaving', 'Milieu', 'Bedrijfsvoering'],
      },
    },
    {
      title: 'Afdelingsmanager',
      level: 'wo',
      scales: [12, 14],
      tasks: ['de afdeling aansturen', 'verbinding met het bestuur leggen'],
      at: {
        '*': ['Bedrijfsvoering'],
        municipality: ['Sociaal Domein', 'Fysiek Domein', 'Publiekszaken', 'Bedrijfsvoering'],
        province: ['Ruimte en Mobiliteit', 'Natuur en Milieu', 'Bedrijfsvoering'],
        water_board: ['Watersysteem', 'Zuiveringsbeheer'],
        health: ['Jeugdgezondheidszorg', 'Publieke Gezondheid'],
        joint_arrangement: ['Vergunningen, Toezicht en Handhaving', 'Milieu'],
      },
    },
    {
      title: 'Gemeentesecretaris',
      level: 'wo',
      scales: [16, 17],
      tasks: ['de ambtelijke organisatie leiden', 'het college adviseren'],
      at: { municipality: ['Directie'] },
    },
  ],
  secretariaat: [
    {
      title: 'Managementassistent',
      level: 'mbo',
      scales: [7, 8],
      tasks: ['agenda’s beheren', 'vergaderingen voorbereiden'],
      at: { '*': ['Concernstaf', 'Bedrijfsvoering'], municipality: ['Bestuurs- en Concernzaken', 'Directie'] },
      starter: true,
    },
    {
      title: 'Administratief medewerker',
      level: 'mbo',
      scales: [5, 6],
      tasks: ['dossiers bijhouden', 'post en e-mail afhandelen'],
      at: { '*': ['Bedrijfsvoering'], municipality: ['Bedrijfsvoering', 'Werk en Inkomen'] },
    },
    {
      title: 'Bestuurssecretaris',
      level: 'hbo',
      scales: [10, 11],
      tasks: ['bestuursvergaderingen voorbereiden', 'de besluitvorming bewaken'],
      at: { '*': staff, municipality: ['Bestuurs- en Concernzaken'] },
    },
  ],
  informatiebeheer: [
    {
      title: 'Medewerker DIV',
      level: 'mbo',
      scales: [6, 7],
      tasks: ['de Archiefwet toepassen', 'documenten registreren en archiveren'],
      at: { '*': ['Documentaire Informatievoorziening'] },
      starter: true,
    },
    {
      title: 'Archivaris',
      level: 'wo',
      scales: [10, 11],
      tasks: ['het archief beheren', 'op het informatiebeheer toezien'],
      at: { '*': ['Documentaire Informatievoorziening'] },
    },
    {
      title: 'Adviseur informatiebeheer',
      level: 'hbo',
      scales: [9, 10],
      tasks: ['de Woo en de Archiefwet naleven', 'digitaal archiveren invoeren'],
      at: { '*': ['Documentaire Informatievoorziening', 'Informatievoorziening'] },
    },
  ],
};

export const requirementsByLevel: Record<EducationLevel, string[]> = {
  vmbo: ['een afgeronde opleiding op vmbo-niveau', 'je werkt graag buiten en met je handen', 'rijbewijs B'],
  mbo: ['een afgeronde mbo-opleiding (niveau 3 of 4)', 'een klantgerichte houding', 'je werkt nauwkeurig'],
  hbo: ['hbo-werk- en denkniveau', 'enkele jaren relevante werkervaring', 'je schrijft helder en begrijpelijk'],
  wo: ['wo-werk- en denkniveau', 'ruime ervaring in een politiek-bestuurlijke omgeving', 'je bent een verbinder'],
};

/** What an intern (stagiair) brings: still studying at the level of the job. */
export const internRequirementsByLevel: Record<EducationLevel, string[]> = {
  vmbo: ['je volgt een opleiding op vmbo-niveau', 'je werkt graag buiten en met je handen'],
  mbo: ['je volgt een mbo-opleiding (niveau 3 of 4)', 'je zoekt een bpv-plek van minimaal drie maanden'],
  hbo: ['je volgt een hbo-opleiding in een passende richting', 'je zoekt een stage van minimaal vijf maanden'],
  wo: ['je volgt een wo-master in een passende richting', 'je zoekt een afstudeer- of meewerkstage'],
};

/** What a trainee brings: a fresh degree and the wish to see the whole organisation. */
export const traineeRequirements: string[] = [
  'je bent de afgelopen twee jaar afgestudeerd',
  'je wilt in twee jaar verschillende afdelingen leren kennen',
  'je bent nieuwsgierig en neemt initiatief',
];

/** What an intern gets besides the allowance (the generator names the amount). */
export const internOffers: string[] = [
  'een stagebegeleider die tijd voor je maakt',
  'een eigen project dat ertoe doet',
  'flexibele werktijden en de mogelijkheid om hybride te werken',
];

export const offers: string[] = [
  'een individueel keuzebudget van 17,05% bovenop je salaris',
  'flexibele werktijden en de mogelijkheid om hybride te werken',
  'ruime opleidingsmogelijkheden',
  'een goede pensioenregeling bij het ABP',
  'een reiskostenvergoeding',
  'een laptop en telefoon van de zaak',
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
