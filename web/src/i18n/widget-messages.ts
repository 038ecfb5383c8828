/**
 * The texts of the widget page (/beheer/widget), where an organisation's admin takes the code
 * that shows its open vacancies on its own website, in Dutch and English. Staff pages address
 * the reader as "je". `frameTitle` is the widget's own title, in the widget's language.
 */
import type { Lang } from './lang.ts';

const nl = {
  nav: 'Widget',
  title: 'Vacatures op je eigen website',
  intro:
    'Met de widget staan de open vacatures van je organisatie ook op je eigen website, altijd actueel: wat je hier publiceert, staat daar meteen. Elke vacature linkt naar haar pagina op Samenwerven. De widget is toegankelijk, laadt geen scripts en zet geen cookies.',
  notActive:
    'Zolang je organisatie geen actief lid van de alliantie is, toont de widget niets. Je kunt de code alvast klaarzetten.',
  optionsTitle: 'Instellingen',
  limit: 'Aantal vacatures',
  limitHint: 'De nieuwste eerst; 1 tot en met 50.',
  limitError: 'Kies een aantal van 1 tot en met 50.',
  language: 'Taal van de widget',
  languages: { nl: 'Nederlands', en: 'Engels' } satisfies Record<Lang, string>,
  accent: 'Kleur van de links',
  accentHint: 'Bijvoorbeeld de huisstijlkleur van je organisatie. De links blijven onderstreept.',
  lowContrast: (ratio: string) =>
    `Let op: deze kleur is te licht voor tekst op wit (contrast ${ratio}:1, minstens 4,5:1 nodig). Kies een donkerdere kleur, anders zijn de links slecht leesbaar.`,
  height: 'Hoogte in pixels',
  heightHint: 'De breedte past zich aan de plek op je pagina aan; 200 tot en met 2000.',
  heightError: 'Kies een hoogte van 200 tot en met 2000 pixels.',
  codeTitle: 'De code',
  codeIntro:
    'Plaats deze code in de HTML van je website, op de plek waar de vacatures moeten komen. De code verandert mee met de instellingen hierboven.',
  code: 'Code om in te voegen',
  copy: 'Kopieer de code',
  copied: 'De code is gekopieerd.',
  copyFailed: 'Kopiëren lukt niet in deze browser. Selecteer de code en kopieer haar zelf.',
  previewTitle: 'Voorbeeld',
  previewIntro: 'Zo ziet de widget eruit met deze instellingen.',
  frameTitle: (organisation: string) => `Vacatures bij ${organisation}`,
};

export type WidgetMessages = typeof nl;

const en: WidgetMessages = {
  nav: 'Widget',
  title: 'Vacancies on your own website',
  intro:
    'With the widget, your organisation’s open vacancies are on your own website too, always up to date: what you publish here shows there at once. Each vacancy links to its page on Samenwerven. The widget is accessible, loads no scripts and sets no cookies.',
  notActive:
    'As long as your organisation is not an active member of the alliance, the widget shows nothing. You can prepare the code already.',
  optionsTitle: 'Settings',
  limit: 'Number of vacancies',
  limitHint: 'The newest first; 1 to 50.',
  limitError: 'Choose a number from 1 to 50.',
  language: 'Language of the widget',
  languages: { nl: 'Dutch', en: 'English' },
  accent: 'Colour of the links',
  accentHint: 'For example your organisation’s house colour. The links stay underlined.',
  lowContrast: (ratio) =>
    `Please note: this colour is too light for text on white (contrast ${ratio}:1, at least 4.5:1 needed). Choose a darker colour, or the links will be hard to read.`,
  height: 'Height in pixels',
  heightHint: 'The width fits the place on your page; 200 to 2000.',
  heightError: 'Choose a height from 200 to 2000 pixels.',
  codeTitle: 'The code',
  codeIntro:
    'Put this code in the HTML of your website, where the vacancies should appear. The code follows the settings above.',
  code: 'Code to insert',
  copy: 'Copy the code',
  copied: 'The code has been copied.',
  copyFailed: 'Copying does not work in this browser. Select the code and copy it yourself.',
  previewTitle: 'Preview',
  previewIntro: 'This is how the widget looks with these settings.',
  frameTitle: (organisation) => `Vacancies at ${organisation}`,
};

export const widgetMessages: Record<Lang, WidgetMessages> = { nl, en };
