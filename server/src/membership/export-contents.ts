/**
 * What an organisation's export holds, file by file and column by column, with the meaning of
 * each column in Dutch and English. The export selects exactly these columns, so nothing
 * internal (the search vector, hashes of keys and passwords, the portal's own bookkeeping)
 * slips in when the schema grows, and its README is written from the same list, so the two
 * cannot drift apart.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  apiKeys,
  applicationFiles,
  applicationNotes,
  applications,
  auditLog,
  membershipApplications,
  membershipPeriods,
  organisations,
  users,
  vacancies,
  vacancyHistory,
  vacancyViews,
} from '@samenwerven/db';
import { UTF8_BOM } from '../csv.ts';

interface Text {
  nl: string;
  en: string;
}

interface ExportColumn extends Text {
  source: AnyPgColumn | SQL;
}

export interface ExportTable extends Text {
  columns: Record<string, ExportColumn>;
}

const column = (source: AnyPgColumn | SQL, nl: string, en: string): ExportColumn => ({ source, nl, en });

/** The name of the person (staff or coordinator) behind a user id, where one is left. */
const nameOf = (id: AnyPgColumn) => sql<string | null>`(SELECT name FROM users WHERE users.id = ${id})`;

const created = (source: AnyPgColumn) => column(source, 'Moment van aanmaken.', 'When it was created.');

/** Every table of the export; each is written as `{name}.json` and `{name}.csv`. */
export const exportTables = {
  organisation: {
    nl: 'Het profiel en de lidmaatschapsgegevens van de organisatie: één object in de JSON, één regel in de CSV.',
    en: 'The organisation’s profile and membership details: one object in the JSON, one row in the CSV.',
    columns: {
      id: column(
        organisations.id,
        'Kenmerk van de organisatie in Samenwerven.',
        'The organisation’s id in Samenwerven.',
      ),
      slug: column(
        organisations.slug,
        'Naam in het webadres van de organisatiepagina (/organisaties/{slug}).',
        'Name in the address of the organisation’s page (/en/organisations/{slug}).',
      ),
      name: column(organisations.name, 'Naam van de organisatie.', 'Name of the organisation.'),
      kind: column(
        organisations.kind,
        'Soort organisatie: municipality (gemeente), province (provincie), water_board (waterschap), joint_arrangement (gemeenschappelijke regeling), central_government (rijksoverheid), health (zorg), education (onderwijs) of other (anders).',
        'Kind of organisation: municipality, province, water_board, joint_arrangement, central_government, health, education or other.',
      ),
      municipalityCode: column(
        organisations.municipalityCode,
        'CBS-code van de gemeente van vestiging, bijvoorbeeld GM0855.',
        'CBS code of the municipality of the seat, e.g. GM0855.',
      ),
      website: column(organisations.website, 'Website van de organisatie.', 'The organisation’s website.'),
      description: column(
        organisations.description,
        'Beschrijving op de organisatiepagina (HTML).',
        'Description on the organisation’s page (HTML).',
      ),
      offer: column(
        organisations.offer,
        'Wat de organisatie haar medewerkers biedt (gewone tekst).',
        'What the organisation offers its staff (plain text).',
      ),
      state: column(
        organisations.state,
        'Stand van het lidmaatschap: applied (aangemeld), active (lid), suspended (geschorst), left (uitgetreden) of rejected (afgewezen).',
        'Membership state: applied, active, suspended, left or rejected.',
      ),
      leaveAt: column(
        organisations.leaveAt,
        'Gepland moment van uittreden; leeg als er geen uittreden gepland is.',
        'When a scheduled leave takes effect; empty when none is scheduled.',
      ),
      leaveReason: column(
        organisations.leaveReason,
        'Reden van het (geplande) uittreden.',
        'Reason for the (scheduled) leave.',
      ),
      costWeight: column(
        organisations.costWeight,
        'Gewicht in de kostenverdeling van de alliantie als die naar gewicht verdeeld wordt.',
        'Weight in the alliance’s cost split when costs are divided by weight.',
      ),
      contactName: column(organisations.contactName, 'Naam van de contactpersoon.', 'Name of the contact person.'),
      contactEmail: column(
        organisations.contactEmail,
        'E-mailadres van de contactpersoon.',
        'E-mail address of the contact person.',
      ),
      logoType: column(
        organisations.logoType,
        'Bestandssoort van het logo (image/png, image/jpeg of image/webp); leeg zonder logo.',
        'File type of the logo (image/png, image/jpeg or image/webp); empty without a logo.',
      ),
      createdAt: created(organisations.createdAt),
      updatedAt: column(organisations.updatedAt, 'Moment van de laatste wijziging.', 'When it was last changed.'),
    },
  },
  'membership-periods': {
    nl: 'De perioden waarin de organisatie lid was; de alliantie verdeelt haar kosten hiernaar.',
    en: 'The periods in which the organisation was a member; the alliance divides its costs by them.',
    columns: {
      id: column(membershipPeriods.id, 'Kenmerk van de periode.', 'The period’s id.'),
      startedAt: column(membershipPeriods.startedAt, 'Begin van het lidmaatschap.', 'Start of the membership.'),
      endedAt: column(
        membershipPeriods.endedAt,
        'Einde van het lidmaatschap; leeg zolang het loopt.',
        'End of the membership; empty while it lasts.',
      ),
      endReason: column(membershipPeriods.endReason, 'Reden van het einde.', 'Reason it ended.'),
    },
  },
  'membership-applications': {
    nl: 'Aanmeldingen van de organisatie als lid (ook om opnieuw lid te worden) en het besluit daarover.',
    en: 'The organisation’s applications to join (also to rejoin) and the decision on them.',
    columns: {
      id: column(membershipApplications.id, 'Kenmerk van de aanmelding.', 'The application’s id.'),
      state: column(
        membershipApplications.state,
        'Stand: pending (in behandeling), approved (toegelaten) of rejected (afgewezen).',
        'State: pending, approved or rejected.',
      ),
      reason: column(membershipApplications.reason, 'Toelichting bij het besluit.', 'Explanation of the decision.'),
      decidedAt: column(membershipApplications.decidedAt, 'Moment van het besluit.', 'When it was decided.'),
      createdAt: column(membershipApplications.createdAt, 'Moment van aanmelden.', 'When the organisation applied.'),
    },
  },
  vacancies: {
    nl: 'Alle vacatures van de organisatie, in elke status.',
    en: 'All of the organisation’s vacancies, in every state.',
    columns: {
      id: column(vacancies.id, 'Kenmerk van de vacature in Samenwerven.', 'The vacancy’s id in Samenwerven.'),
      externalId: column(
        vacancies.externalId,
        'Eigen kenmerk van de organisatie (uit haar werving-en-selectiesysteem).',
        'The organisation’s own reference (from its applicant tracking system).',
      ),
      state: column(
        vacancies.state,
        'Status: draft (concept), scheduled (ingepland), published (gepubliceerd), closed (gesloten) of withdrawn (offline gehaald bij uittreden of schorsing).',
        'State: draft, scheduled, published, closed or withdrawn (taken offline when the organisation left or was suspended).',
      ),
      withdrawnReason: column(
        vacancies.withdrawnReason,
        'Waarom de vacature offline gehaald is.',
        'Why the vacancy was taken offline.',
      ),
      withdrawnFromState: column(
        vacancies.withdrawnFromState,
        'De status vóór het offline halen; die krijgt de vacature terug na opheffen van een schorsing.',
        'The state before it was taken offline; it returns to it when a suspension is lifted.',
      ),
      title: column(vacancies.title, 'Functietitel.', 'Job title.'),
      department: column(vacancies.department, 'Afdeling.', 'Department.'),
      summary: column(vacancies.summary, 'Korte samenvatting.', 'Short summary.'),
      description: column(vacancies.description, 'Volledige tekst (HTML).', 'Full text (HTML).'),
      categoryCode: column(vacancies.categoryCode, 'Code van het vakgebied.', 'Code of the job field.'),
      educationLevel: column(
        vacancies.educationLevel,
        'Gevraagd opleidingsniveau: vmbo, mbo, hbo of wo.',
        'Education level asked: vmbo, mbo, hbo or wo.',
      ),
      orEquivalent: column(
        vacancies.orEquivalent,
        'true als een gelijkwaardig niveau ook volstaat.',
        'true when an equivalent level will also do.',
      ),
      employmentType: column(
        vacancies.employmentType,
        'Soort dienstverband: permanent (vast), temporary (tijdelijk), temporary_to_permanent (tijdelijk met uitzicht op vast), traineeship, internship (stage), secondment (detachering) of interim.',
        'Kind of employment: permanent, temporary, temporary_to_permanent, traineeship, internship, secondment or interim.',
      ),
      hoursMin: column(vacancies.hoursMin, 'Minimum aantal uren per week.', 'Minimum hours per week.'),
      hoursMax: column(vacancies.hoursMax, 'Maximum aantal uren per week.', 'Maximum hours per week.'),
      salaryScale: column(vacancies.salaryScale, 'Salarisschaal (1–18).', 'Salary scale (1–18).'),
      salaryMin: column(vacancies.salaryMin, 'Minimumsalaris in euro per maand.', 'Minimum salary in euros per month.'),
      salaryMax: column(vacancies.salaryMax, 'Maximumsalaris in euro per maand.', 'Maximum salary in euros per month.'),
      municipalityCode: column(
        vacancies.municipalityCode,
        'CBS-code van de gemeente van de werkplek.',
        'CBS code of the municipality of the work place.',
      ),
      postcode: column(
        vacancies.postcode,
        'Viercijferige postcode van de werkplek.',
        'Four-digit postcode of the work place.',
      ),
      latitude: column(vacancies.latitude, 'Breedtegraad van de werkplek.', 'Latitude of the work place.'),
      longitude: column(vacancies.longitude, 'Lengtegraad van de werkplek.', 'Longitude of the work place.'),
      additionalPlaces: column(
        vacancies.additionalPlaces,
        'Andere werkplekken, als lijst van { municipalityCode, postcode } (JSON).',
        'Other work places, as a list of { municipalityCode, postcode } (JSON).',
      ),
      workMode: column(
        vacancies.workMode,
        'Manier van werken: on_site (op locatie), hybrid (hybride) of remote (op afstand).',
        'Way of working: on_site, hybrid or remote.',
      ),
      publishAt: column(vacancies.publishAt, 'Ingepland moment van publiceren.', 'When publication is scheduled.'),
      publishedAt: column(vacancies.publishedAt, 'Moment van (laatste) publicatie.', 'When it was (last) published.'),
      closingDate: column(vacancies.closingDate, 'Sluitingsdatum (JJJJ-MM-DD).', 'Closing date (YYYY-MM-DD).'),
      closedAt: column(vacancies.closedAt, 'Moment van sluiten.', 'When it was closed.'),
      filledAt: column(
        vacancies.filledAt,
        'Moment waarop de eerste kandidaat via Samenwerven werd aangenomen.',
        'When the first candidate was hired through Samenwerven.',
      ),
      applyMethod: column(
        vacancies.applyMethod,
        'Hoe kandidaten solliciteren: portal (via Samenwerven), url (via een eigen website) of email (per e-mail).',
        'How candidates apply: portal (through Samenwerven), url (on another website) or email.',
      ),
      applyUrl: column(vacancies.applyUrl, 'Webadres om te solliciteren.', 'Address to apply at.'),
      applyEmail: column(vacancies.applyEmail, 'E-mailadres om te solliciteren.', 'E-mail address to apply to.'),
      contactName: column(vacancies.contactName, 'Naam van de contactpersoon.', 'Name of the contact person.'),
      contactEmail: column(
        vacancies.contactEmail,
        'E-mailadres van de contactpersoon.',
        'E-mail address of the contact person.',
      ),
      contactPhone: column(
        vacancies.contactPhone,
        'Telefoonnummer van de contactpersoon.',
        'Phone number of the contact person.',
      ),
      visibility: column(
        vacancies.visibility,
        'Zichtbaarheid: public (openbaar) of internal (alleen intern, mobiliteitspool).',
        'Visibility: public or internal (mobility pool only).',
      ),
      publicFrom: column(
        vacancies.publicFrom,
        'Moment waarop een interne vacature openbaar wordt.',
        'When an internal vacancy becomes public.',
      ),
      language: column(vacancies.language, 'Taal van de vacature: nl of en.', 'Language of the vacancy: nl or en.'),
      version: column(
        vacancies.version,
        'Versienummer; elke wijziging verhoogt het (zie vacancy-history).',
        'Version number; every change raises it (see vacancy-history).',
      ),
      createdAt: created(vacancies.createdAt),
      updatedAt: column(vacancies.updatedAt, 'Moment van de laatste wijziging.', 'When it was last changed.'),
    },
  },
  'vacancy-history': {
    nl: 'Elke wijziging van elke vacature: wie, wanneer, wat (oudste eerst).',
    en: 'Every change to every vacancy: who, when, what (oldest first).',
    columns: {
      id: column(vacancyHistory.id, 'Volgnummer van de wijziging.', 'Sequence number of the change.'),
      vacancyId: column(vacancyHistory.vacancyId, 'De vacature (id in vacancies).', 'The vacancy (id in vacancies).'),
      version: column(
        vacancyHistory.version,
        'Versienummer van de vacature na deze wijziging.',
        'The vacancy’s version number after this change.',
      ),
      at: column(vacancyHistory.at, 'Moment van de wijziging.', 'When it changed.'),
      action: column(
        vacancyHistory.action,
        'Wat er gebeurde: created (gemaakt), duplicated (gekopieerd), updated (gewijzigd), upserted (bijgewerkt via de API), publish (gepubliceerd), close (gesloten), reopen (heropend), published_on_schedule (op het ingeplande moment gepubliceerd), closed_by_date (gesloten na de sluitingsdatum), made_public (intern naar openbaar), withdrawn (ingetrokken bij schorsing of vertrek) of restored (teruggezet bij herstel).',
        'What happened: created, duplicated, updated, upserted (updated through the API), publish, close, reopen, published_on_schedule, closed_by_date (closed after the closing date), made_public (internal to public), withdrawn (at a suspension or departure) or restored (when the membership was restored).',
      ),
      actorUserId: column(
        vacancyHistory.actorUserId,
        'De medewerker die het deed (id in users); leeg bij een API-sleutel of het systeem.',
        'The staff member who did it (id in users); empty for an API key or the system.',
      ),
      actorApiKeyId: column(
        vacancyHistory.actorApiKeyId,
        'De API-sleutel waarmee het gebeurde (id in api-keys).',
        'The API key it was done with (id in api-keys).',
      ),
      actorName: column(
        sql<
          string | null
        >`coalesce(${nameOf(vacancyHistory.actorUserId)}, (SELECT name FROM api_keys WHERE api_keys.id = ${vacancyHistory.actorApiKeyId}))`,
        'Naam van de medewerker of de API-sleutel; leeg als het systeem het deed (bijvoorbeeld sluiten na de sluitingsdatum).',
        'Name of the staff member or the API key; empty when the system did it (e.g. closing after the closing date).',
      ),
      changes: column(
        vacancyHistory.changes,
        'De gewijzigde velden als { veld: [vóór, na] } (JSON), met de veldnamen van vacancies.',
        'The changed fields as { field: [before, after] } (JSON), named as in vacancies.',
      ),
    },
  },
  'vacancy-figures': {
    nl: 'De cijfers van elke vacature per dag (de cijferpagina telt ze op): bezoeken, vertoningen en sollicitaties.',
    en: 'Each vacancy’s figures per day (the figures page adds them up): visits, impressions and applications.',
    columns: {
      vacancyId: column(vacancyViews.vacancyId, 'De vacature (id in vacancies).', 'The vacancy (id in vacancies).'),
      day: column(vacancyViews.day, 'De dag (Nederlandse tijd), JJJJ-MM-DD.', 'The day (Dutch time), YYYY-MM-DD.'),
      views: column(
        vacancyViews.views,
        'Bezoeken aan de pagina van de vacature (één per bezoeker per half uur; zonder bots).',
        'Visits to the vacancy’s page (one per visitor per half hour; bots not counted).',
      ),
      fromWidget: column(
        vacancyViews.fromWidget,
        'Daarvan via de vacaturelijst op de eigen website.',
        'Of those, through the vacancy list on the organisation’s own website.',
      ),
      fromFeed: column(vacancyViews.fromFeed, 'Daarvan via een feed.', 'Of those, through a feed.'),
      impressions: column(
        vacancyViews.impressions,
        'Keren dat de vacature op een pagina met zoekresultaten stond.',
        'Times the vacancy was shown on a page of search results.',
      ),
      applications: column(
        vacancyViews.applications,
        'Sollicitaties via het portaal die dag.',
        'Applications through the portal that day.',
      ),
      hires: column(vacancyViews.hires, 'Aangenomen kandidaten die dag.', 'Candidates hired that day.'),
    },
  },
  applications: {
    nl: 'Sollicitaties die via Samenwerven op de vacatures binnenkwamen.',
    en: 'Applications made through Samenwerven to the vacancies.',
    columns: {
      id: column(applications.id, 'Kenmerk van de sollicitatie.', 'The application’s id.'),
      vacancyId: column(applications.vacancyId, 'De vacature (id in vacancies).', 'The vacancy (id in vacancies).'),
      name: column(applications.name, 'Naam van de kandidaat.', 'The candidate’s name.'),
      email: column(applications.email, 'E-mailadres van de kandidaat.', 'The candidate’s e-mail address.'),
      phone: column(applications.phone, 'Telefoonnummer van de kandidaat.', 'The candidate’s phone number.'),
      motivation: column(applications.motivation, 'Motivatie van de kandidaat.', 'The candidate’s motivation.'),
      consent: column(
        applications.consent,
        'Toestemming: procedure (alleen voor deze procedure) of pool (ook in de talentpool).',
        'Consent: procedure (this procedure only) or pool (also in the talent pool).',
      ),
      status: column(
        applications.status,
        'Stand: received (ontvangen), in_review (in behandeling), invited (uitgenodigd), rejected (afgewezen) of hired (aangenomen).',
        'Status: received, in_review, invited, rejected or hired.',
      ),
      poolConsentUntil: column(
        applications.poolConsentUntil,
        'Tot wanneer de toestemming voor de talentpool loopt (in de pool alleen met een bevestigd adres: addressConfirmedAt).',
        'Until when the talent-pool consent runs (in the pool only with a confirmed address: addressConfirmedAt).',
      ),
      addressConfirmedAt: column(
        applications.addressConfirmedAt,
        'Moment waarop de eigenaar van het e-mailadres de sollicitatie als de zijne bevestigde; leeg als dat niet gebeurde.',
        'When the owner of the e-mail address confirmed the application as theirs; empty when that did not happen.',
      ),
      seenAt: column(
        applications.seenAt,
        'Moment waarop een medewerker haar voor het eerst opende.',
        'When staff first opened it.',
      ),
      hiredAt: column(applications.hiredAt, 'Moment van aannemen.', 'When the candidate was hired.'),
      rejectedAt: column(
        applications.rejectedAt,
        'Moment van afwijzen; vier weken later wordt de sollicitatie verwijderd (zonder toestemming voor de talentpool).',
        'When the candidate was turned down; four weeks later the application is deleted (without talent pool consent).',
      ),
      createdAt: column(applications.createdAt, 'Moment van solliciteren.', 'When the candidate applied.'),
      updatedAt: column(applications.updatedAt, 'Moment van de laatste wijziging.', 'When it was last changed.'),
    },
  },
  'application-files': {
    nl: 'De bestanden bij de sollicitaties (cv en brief); de bestanden zelf staan in de map application-files.',
    en: 'The files of the applications (CV and letter); the files themselves are in the folder application-files.',
    columns: {
      id: column(applicationFiles.id, 'Kenmerk van het bestand.', 'The file’s id.'),
      applicationId: column(
        applicationFiles.applicationId,
        'De sollicitatie (id in applications).',
        'The application (id in applications).',
      ),
      kind: column(applicationFiles.kind, 'Soort: cv of letter (brief).', 'Kind: cv or letter.'),
      originalName: column(
        applicationFiles.originalName,
        'Bestandsnaam zoals de kandidaat het uploadde.',
        'File name as the candidate uploaded it.',
      ),
      mediaType: column(
        applicationFiles.mediaType,
        'Bestandssoort: application/pdf (PDF) of application/vnd.openxmlformats-officedocument.wordprocessingml.document (Word).',
        'File type: application/pdf (PDF) or application/vnd.openxmlformats-officedocument.wordprocessingml.document (Word).',
      ),
      size: column(applicationFiles.size, 'Grootte in bytes.', 'Size in bytes.'),
      createdAt: column(applicationFiles.createdAt, 'Moment van uploaden.', 'When it was uploaded.'),
    },
  },
  'application-notes': {
    nl: 'Notities van medewerkers bij sollicitaties.',
    en: 'Notes staff left on applications.',
    columns: {
      id: column(applicationNotes.id, 'Kenmerk van de notitie.', 'The note’s id.'),
      applicationId: column(
        applicationNotes.applicationId,
        'De sollicitatie (id in applications).',
        'The application (id in applications).',
      ),
      authorUserId: column(applicationNotes.authorUserId, 'De schrijver (id in users).', 'The author (id in users).'),
      authorName: column(nameOf(applicationNotes.authorUserId), 'Naam van de schrijver.', 'Name of the author.'),
      text: column(applicationNotes.text, 'De notitie.', 'The note.'),
      createdAt: column(applicationNotes.createdAt, 'Moment van schrijven.', 'When it was written.'),
    },
  },
  users: {
    nl: 'De medewerkers van de organisatie in Samenwerven (zonder wachtwoorden).',
    en: 'The organisation’s staff in Samenwerven (without passwords).',
    columns: {
      id: column(users.id, 'Kenmerk van de medewerker.', 'The staff member’s id.'),
      email: column(users.email, 'E-mailadres.', 'E-mail address.'),
      name: column(users.name, 'Naam.', 'Name.'),
      role: column(
        users.role,
        'Rol: hr_officer (HR-medewerker) of org_admin (beheerder).',
        'Role: hr_officer (HR officer) or org_admin (administrator).',
      ),
      locale: column(users.locale, 'Taal van de e-mails: nl of en.', 'Language of the e-mails: nl or en.'),
      notifyOnApplication: column(
        users.notifyOnApplication,
        'true als de medewerker een e-mail krijgt bij een nieuwe sollicitatie.',
        'true when the staff member gets an e-mail about a new application.',
      ),
      lastSignInAt: column(users.lastSignInAt, 'Moment van de laatste keer inloggen.', 'When they last signed in.'),
      deactivatedAt: column(
        users.deactivatedAt,
        'Moment van verwijderen; daarna kan de medewerker niet meer inloggen.',
        'When they were removed; they can no longer sign in since.',
      ),
      createdAt: created(users.createdAt),
    },
  },
  'api-keys': {
    nl: 'De API-sleutels van de organisatie (zonder de geheime sleutels zelf).',
    en: 'The organisation’s API keys (without the secret keys themselves).',
    columns: {
      id: column(apiKeys.id, 'Kenmerk van de sleutel.', 'The key’s id.'),
      name: column(apiKeys.name, 'Naam van de sleutel.', 'The key’s name.'),
      prefix: column(
        apiKeys.prefix,
        'Eerste tekens van de sleutel, om sleutels uit elkaar te houden.',
        'First characters of the key, to tell keys apart.',
      ),
      scopes: column(
        apiKeys.scopes,
        'Wat de sleutel mag: read (vacatures lezen), write (maken en wijzigen), publish (publiceren, sluiten, heropenen).',
        'What the key may do: read (read vacancies), write (create and change), publish (publish, close, reopen).',
      ),
      createdBy: column(
        apiKeys.createdBy,
        'Wie de sleutel maakte (id in users).',
        'Who created the key (id in users).',
      ),
      createdAt: created(apiKeys.createdAt),
      lastUsedAt: column(apiKeys.lastUsedAt, 'Moment van het laatste gebruik.', 'When it was last used.'),
      revokedAt: column(
        apiKeys.revokedAt,
        'Moment van intrekken; leeg als de sleutel nog werkt.',
        'When it was revoked; empty while it works.',
      ),
    },
  },
  'audit-log': {
    nl: 'Het auditlog over de organisatie: wie deed wat, wanneer en waarom (oudste eerst).',
    en: 'The audit log about the organisation: who did what, when and why (oldest first).',
    columns: {
      id: column(auditLog.id, 'Volgnummer van de regel.', 'Sequence number of the entry.'),
      at: column(auditLog.at, 'Moment van de handeling.', 'When it happened.'),
      action: column(
        auditLog.action,
        'De handeling, bijvoorbeeld membership.leave of api_key.created.',
        'The action, e.g. membership.leave or api_key.created.',
      ),
      actorUserId: column(
        auditLog.actorUserId,
        'Wie het deed (een medewerker, of iemand van het alliantiebureau); leeg als het systeem het deed.',
        'Who did it (a staff member, or someone of the alliance office); empty when the system did it.',
      ),
      actorName: column(nameOf(auditLog.actorUserId), 'Naam van wie het deed.', 'Name of who did it.'),
      subjectType: column(
        auditLog.subjectType,
        'Soort van waar het over gaat, bijvoorbeeld organisation, user of api_key.',
        'Kind of thing it concerns, e.g. organisation, user or api_key.',
      ),
      subjectId: column(auditLog.subjectId, 'Kenmerk van waar het over gaat.', 'Id of the thing it concerns.'),
      reason: column(auditLog.reason, 'Opgegeven reden.', 'Reason given.'),
      before: column(auditLog.before, 'Gegevens vóór de handeling (JSON).', 'Details before the action (JSON).'),
      // Not the network address of a failed sign-in: usually the employee's own (at home, on a
      // phone), kept half a year for misuse and seen by the alliance office only (a privacy review).
      after: column(
        sql<unknown>`CASE WHEN ${auditLog.action} = 'auth.sign_in_failed' THEN NULL ELSE ${auditLog.after} END`,
        'Gegevens na de handeling (JSON); bij een mislukte aanmelding zonder netwerkadres.',
        'Details after the action (JSON); for a failed sign-in without the network address.',
      ),
    },
  },
} satisfies Record<string, ExportTable>;

export type ExportTableName = keyof typeof exportTables;

/** A table's columns as a drizzle selection, keyed by the names the files use. */
export function selectionOf(table: ExportTable): Record<string, AnyPgColumn | SQL> {
  return Object.fromEntries(Object.entries(table.columns).map(([name, { source }]) => [name, source]));
}

export const columnsOf = (table: ExportTable) => Object.keys(table.columns);

/** The files besides the tables, documented the same way. */
const otherFiles: (Text & { name: string; columns?: Record<string, Text> })[] = [
  {
    name: 'logo.png | logo.jpeg | logo.webp',
    nl: 'Het logo zoals het geüpload is (alleen als de organisatie een logo heeft).',
    en: 'The logo as it was uploaded (only when the organisation has one).',
  },
  {
    name: 'application-files/{applicationId}/cv.pdf | cv.docx | letter.pdf | letter.docx',
    nl: 'De cv’s en brieven van de kandidaten, per sollicitatie (zie application-files).',
    en: 'The candidates’ CVs and letters, per application (see application-files).',
  },
  {
    name: 'manifest.json',
    nl: 'Wat er in de export zit.',
    en: 'What the export holds.',
    columns: {
      organisation: { nl: 'De organisatie: id, slug en naam.', en: 'The organisation: id, slug and name.' },
      generatedAt: { nl: 'Moment waarop de export gemaakt is.', en: 'When the export was made.' },
      counts: { nl: 'Aantal regels per tabel.', en: 'Number of rows per table.' },
    },
  },
];

const intro = {
  nl: (name: string, generatedAt: string) => [
    'NEDERLANDS',
    '',
    `Dit is de export van alle gegevens van ${name} in Samenwerven, gemaakt op ${generatedAt} (UTC).`,
    'Elke tabel staat er twee keer in: als JSON (voor programma’s) en als CSV (voor spreadsheets).',
    'De CSV-bestanden zijn UTF-8 met byte-order mark, met komma’s tussen de kolommen en een kopregel met de kolomnamen.',
    'Tijdstippen zijn ISO 8601: in de JSON-bestanden in UTC (eindigend op Z), in de CSV-bestanden op de Nederlandse klok met het verschil met UTC erbij (+01:00 of +02:00). Bedragen zijn in hele euro’s. Tekst die een spreadsheet als formule zou uitvoeren, begint in de CSV met een apostrof.',
    'Hieronder staat elk bestand met elke kolom en wat die betekent.',
  ],
  en: (name: string, generatedAt: string) => [
    'ENGLISH',
    '',
    `This is the export of all data of ${name} in Samenwerven, made on ${generatedAt} (UTC).`,
    'Every table is in it twice: as JSON (for programs) and as CSV (for spreadsheets).',
    'The CSV files are UTF-8 with a byte-order mark, with commas between the columns and a header row of column names.',
    'Times are ISO 8601: in the JSON files in UTC (ending in Z), in the CSV files on the Dutch clock with the difference from UTC added (+01:00 or +02:00). Amounts are in whole euros. Text a spreadsheet would run as a formula starts with an apostrophe in the CSV.',
    'Below is every file with every column and what it means.',
  ],
};

/**
 * README.txt of the export: every file and every column with its meaning, in Dutch, then in
 * English. Each file is a line `== name ==`, each column a line `  - column: meaning`.
 */
export function exportReadme(organisationName: string, generatedAt: string): string {
  const section = (lang: keyof Text) => {
    const lines = intro[lang](organisationName, generatedAt.slice(0, 16).replace('T', ' '));
    const file = (name: string, text: Text, columns: Record<string, Text> = {}) => {
      lines.push('', `== ${name} ==`, text[lang]);
      for (const [column, meaning] of Object.entries(columns)) lines.push(`  - ${column}: ${meaning[lang]}`);
    };
    for (const [name, table] of Object.entries(exportTables))
      file(`${name}.json, ${name}.csv`, table, table.columns as Record<string, Text>);
    for (const other of otherFiles) file(other.name, other, other.columns);
    file('README.txt', { nl: 'Dit bestand.', en: 'This file.' });
    return lines;
  };
  return UTF8_BOM + [...section('nl'), '', '', ...section('en'), ''].join('\r\n');
}
