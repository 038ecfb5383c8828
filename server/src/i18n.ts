/**
 * The server's messages in Dutch (first) and English, chosen by the user's
 * Accept-Language header.
 */
import type { FastifyRequest } from 'fastify';

export type Locale = 'nl' | 'en';

const messages = {
  'error.not_found': { nl: 'Niet gevonden.', en: 'Not found.' },
  'error.method_not_allowed': {
    nl: 'Dit adres kan niet op deze manier worden gebruikt; de kopregel Allow zegt hoe wel.',
    en: 'This address cannot be used this way; the Allow header says which methods it takes.',
  },
  'error.validation_failed': {
    nl: 'Niet alle velden zijn goed ingevuld.',
    en: 'Some fields are not filled in correctly.',
  },
  'error.bad_request': { nl: 'Het verzoek is ongeldig.', en: 'The request is not valid.' },
  'error.payload_too_large': { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  'error.unsupported_media_type': {
    nl: 'Dit soort inhoud wordt niet ondersteund.',
    en: 'This content type is not supported.',
  },
  'error.invalid_json': {
    nl: 'De inhoud is geen geldige JSON. Controleer aanhalingstekens, komma’s en haakjes.',
    en: 'The body is not valid JSON. Check its quotes, commas and brackets.',
  },
  'error.invalid_json_end': {
    nl: 'De inhoud is geen geldige JSON: hij houdt te vroeg op. Controleer aanhalingstekens, komma’s en haakjes.',
    en: 'The body is not valid JSON: it ends too soon. Check its quotes, commas and brackets.',
  },
  'error.invalid_json_at': {
    nl: 'De inhoud is geen geldige JSON (bij teken {at}). Controleer aanhalingstekens, komma’s en haakjes.',
    en: 'The body is not valid JSON (at character {at}). Check its quotes, commas and brackets.',
  },
  'error.charset_not_utf8': {
    nl: 'Stuur JSON als UTF-8, niet als {charset}.',
    en: 'Send JSON as UTF-8, not as {charset}.',
  },
  'error.headers_too_large': {
    nl: 'De kopregels van het verzoek zijn te groot.',
    en: 'The request headers are too large.',
  },
  'error.request_timeout': {
    nl: 'Het verzoek duurde te lang. Probeer het opnieuw.',
    en: 'The request took too long. Please try again.',
  },
  'error.rate_limited': {
    nl: 'Te veel verzoeken. Probeer het over een minuut opnieuw.',
    en: 'Too many requests. Try again in a minute.',
  },
  'error.too_many_attempts': {
    nl: 'Te veel pogingen. Probeer het over {wait} opnieuw.',
    en: 'Too many attempts. Try again in {wait}.',
  },
  'error.too_many_requests': {
    nl: 'Te veel verzoeken. Probeer het over {wait} opnieuw.',
    en: 'Too many requests. Try again in {wait}.',
  },
  'error.export_too_large': {
    nl: 'De bestanden zijn samen groter dan 4 GB, te groot voor één zip-bestand. Neem contact op met het alliantiebureau.',
    en: 'The files together are larger than 4 GB, too large for one zip file. Please contact the alliance office.',
  },
  'error.busy': {
    nl: 'Er worden nu veel formulieren met bestanden verstuurd. Ga terug en verstuur het formulier over een paar seconden opnieuw.',
    en: 'Many forms with files are being sent right now. Go back and send the form again in a few seconds.',
  },
  'error.upload_volume': {
    nl: 'Vanaf dit netwerk zijn het afgelopen uur te veel bestanden verstuurd. Probeer het over {wait} opnieuw.',
    en: 'Too many files were sent from this network in the past hour. Try again in {wait}.',
  },
  'error.upload_volume_under_way': {
    nl: 'Vanaf dit netwerk worden nu veel bestanden tegelijk verstuurd. Probeer het over {wait} opnieuw.',
    en: 'Many files are being sent from this network right now. Try again in {wait}.',
  },
  'error.storage_full': {
    nl: 'De portal kan nu geen bestanden bewaren. Probeer het later opnieuw; je gegevens zijn niet verstuurd.',
    en: 'The portal cannot store files right now. Please try again later; nothing was sent.',
  },
  'error.internal': {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
  'error.write_conflict': {
    nl: 'Tegelijk werd dezelfde vacature elders gewijzigd. Stuur dit item over een paar seconden opnieuw.',
    en: 'The same vacancy was being changed elsewhere at the same moment. Send this item again in a few seconds.',
  },
  'error.service_unavailable': {
    nl: 'De portal kan de gegevens nu niet bereiken. Probeer het over een paar seconden opnieuw.',
    en: 'The portal cannot reach its data right now. Please try again in a few seconds.',
  },
  'error.search_unavailable': { nl: 'Zoeken is tijdelijk niet beschikbaar.', en: 'Search is temporarily unavailable.' },
  'error.period_too_long': {
    nl: 'Kies een periode van hoogstens {years} jaar.',
    en: 'Choose a period of at most {years} years.',
  },
  'error.cost_keys_differ': {
    nl: 'Geef één verdeelsleutel: key en costKey (de oude naam) zeggen iets anders.',
    en: 'Give one cost key: key and costKey (its older name) say different things.',
  },
  'error.to_before_from': { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' },
  'error.unknown_place': {
    nl: 'Deze plaats of postcode kennen we niet.',
    en: 'We do not know this place or postcode.',
  },
  'error.unauthenticated': { nl: 'Log eerst in.', en: 'Please sign in first.' },
  'error.reference_changed': {
    nl: 'Dit kon nu niet: er gebeurde tegelijk iets anders mee. Probeer het nog eens.',
    en: 'This could not be done just now: something else happened to it at the same time. Please try again.',
  },
  'error.missing_host': {
    nl: 'Een verzoek in HTTP/1.1 noemt de server in de header Host.',
    en: 'A request in HTTP/1.1 names the server in the Host header.',
  },
  'error.invalid_credentials_sent': {
    nl: 'De meegestuurde sleutel of het token werkt niet (meer): ingetrokken, verlopen of onbekend.',
    en: 'The key or token sent does not work (any more): revoked, expired or unknown.',
  },
  'error.forbidden': { nl: 'Dit mag je niet doen met je rol.', en: 'Your role does not allow this.' },
  'error.api_key_not_allowed': {
    nl: 'Dit kan niet met een API-sleutel. Log in als medewerker van je organisatie.',
    en: 'This cannot be done with an API key. Sign in as a staff member of your organisation.',
  },
  'error.api_key_scope': {
    nl: 'Deze API-sleutel mag dit niet: daarvoor is de bevoegdheid ‘{scope}’ nodig. Een beheerder van je organisatie kan een sleutel met die bevoegdheid maken.',
    en: 'This API key may not do this: it needs the scope ‘{scope}’. An administrator of your organisation can make a key with that scope.',
  },
  'error.csrf_failed': {
    nl: 'De beveiligingscontrole van dit formulier faalde. Laad de pagina opnieuw.',
    en: 'The security check of this form failed. Reload the page.',
  },
  'error.membership_inactive': {
    nl: 'Dit kan niet zolang je organisatie geen actief lid van de alliantie is. Gegevens inzien en exporteren kan altijd; concepten van vacatures maken ook als het lidmaatschap geschorst of beëindigd is.',
    en: 'This is not possible while your organisation is not an active member of the alliance. Viewing and exporting data is always possible; drafting vacancies also while the membership is suspended or has ended.',
  },
  'error.invitation_membership_inactive': {
    nl: 'Deze uitnodiging kan nu niet worden aangenomen: de organisatie is op dit moment geen actief lid van Samenwerven. Neem contact op met wie je uitnodigde.',
    en: 'This invitation cannot be accepted now: the organisation is not an active member of Samenwerven at the moment. Contact whoever invited you.',
  },
  'error.invalid_credentials': {
    nl: 'Dit e-mailadres en wachtwoord horen niet bij elkaar, of het e-mailadres is nog niet bevestigd. Net een account gemaakt? Bevestig je adres dan eerst met de link in de e-mail die we stuurden. Is die link verlopen of kwijt? Vraag via "Wachtwoord vergeten" een nieuwe: die bevestigt je adres ook.',
    en: 'This e-mail address and password do not match, or the address has not been confirmed yet. Just made an account? Then first confirm your address with the link in the e-mail we sent. Has that link expired, or is it lost? Ask for a new one through "Forgot password": it confirms your address too.',
  },
  'error.taken': {
    nl: 'Dit bestaat al.',
    en: 'This exists already.',
  },
  'error.external_id_taken': {
    nl: 'Een andere vacature van je organisatie heeft dit kenmerk al.',
    en: 'Another vacancy of your organisation has this reference already.',
  },
  'error.email_taken': {
    nl: 'Er is al een account met dit e-mailadres.',
    en: 'There is already an account with this e-mail address.',
  },
  'error.invitation_limit_recipient': {
    nl: 'Naar dit e-mailadres zijn binnen een etmaal al {max} uitnodigingen gestuurd; meer sturen we niet. Je kunt het over {wait} opnieuw proberen.',
    en: 'This e-mail address has already been sent {max} invitations within a day; we send no more. You can try again in {wait}.',
  },
  'error.invitation_limit_organisation': {
    nl: 'Je organisatie heeft binnen een uur al {max} uitnodigingen verstuurd, het maximum. Je kunt over {wait} weer iemand uitnodigen.',
    en: 'Your organisation has already sent {max} invitations within an hour, the maximum. You can invite someone again in {wait}.',
  },
  'error.link_used': {
    nl: 'Deze link is al gebruikt: je account is klaar. Log in met je e-mailadres en wachtwoord.',
    en: 'This link was already used: your account is ready. Sign in with your e-mail address and password.',
  },
  'error.alert_stopped': {
    nl: 'Deze e-mailalert is gestopt. Maak zo nodig een nieuwe aan vanaf de zoekpagina.',
    en: 'This e-mail alert has been stopped. Make a new one from the search page if you like.',
  },
  'error.invalid_token': {
    nl: 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
    en: 'This link has expired or was already used. Ask for a new one.',
  },
  'error.last_admin': {
    nl: 'Een organisatie heeft minstens één beheerder nodig die kan inloggen: een uitgenodigde beheerder telt pas mee als die de uitnodiging heeft aangenomen.',
    en: 'An organisation needs at least one administrator who can sign in: an invited administrator counts once they have accepted the invitation.',
  },
  'error.not_the_accounts_password': {
    nl: 'Dit is niet het wachtwoord dat werd gekozen toen het account werd gemaakt.',
    en: 'This is not the password chosen when the account was made.',
  },
  'error.wrong_password': { nl: 'Je huidige wachtwoord klopt niet.', en: 'Your current password is not correct.' },
  // Asked again before erasing the account: there is no "current" one beside a new one there (a job seeker's walk).
  'error.not_your_password': { nl: 'Dit is niet je wachtwoord.', en: 'This is not your password.' },
  'error.invalid_transition': {
    nl: 'Dat kan niet: de organisatie is {state}. Laad de pagina opnieuw om te zien wat wel kan.',
    en: 'That is not possible: the organisation is {state}. Load the page again to see what you can do.',
  },
  'error.application_decided': {
    nl: 'Dat kan niet: deze aanmelding is {state}. Laad de pagina opnieuw om te zien wat wel kan.',
    en: 'That is not possible: this application is {state}. Load the page again to see what you can do.',
  },
  'membership.state.applied': { nl: 'aangemeld en wacht op een besluit', en: 'awaiting a decision on its application' },
  'membership.state.active': { nl: 'actief lid', en: 'an active member' },
  'membership.state.suspended': { nl: 'geschorst', en: 'suspended' },
  'membership.state.left': { nl: 'uitgetreden', en: 'no longer a member' },
  'membership.state.rejected': { nl: 'afgewezen', en: 'rejected' },
  'membership_application.state.pending': { nl: 'nog niet besloten', en: 'not decided yet' },
  'membership_application.state.approved': { nl: 'al toegelaten', en: 'approved already' },
  'membership_application.state.rejected': { nl: 'al afgewezen', en: 'rejected already' },
  'error.coordinating_body': {
    nl: 'Het alliantiebureau kan de alliantie niet verlaten, geschorst worden of zijn lidmaatschap beëindigd zien.',
    en: 'The coordinating body cannot leave the alliance, be suspended or have its membership ended.',
  },
  'error.no_scheduled_leave': { nl: 'Er is geen vertrek gepland.', en: 'No leave is scheduled.' },
  'error.leave_in_the_past': {
    nl: 'Kies vandaag of een latere datum. Wil je nu uit de alliantie, laat de datum dan weg.',
    en: 'Choose today or a later date. To leave the alliance now, leave the date out.',
  },
  'error.leave_too_far_ahead': {
    nl: 'Kies een datum binnen twee jaar vanaf vandaag.',
    en: 'Choose a date within two years from today.',
  },
  'error.applicant_unconfirmed': {
    nl: 'De aanvrager heeft het e-mailadres nog niet bevestigd. Toelaten kan pas daarna; afwijzen kan wel.',
    en: 'The applicant has not confirmed the e-mail address yet. Admitting is possible only after that; rejecting is possible.',
  },
  'error.end_reason_required': {
    nl: 'Geef de reden waarom het lidmaatschap eindigt: de beheerders van de organisatie krijgen die per e-mail.',
    en: 'Give the reason the membership ends: the organisation’s admins receive it by e-mail.',
  },
  'error.reject_reason_required': {
    nl: 'Geef de reden van de afwijzing: de aanvrager krijgt die per e-mail.',
    en: 'Give the reason for rejecting: the applicant receives it by e-mail.',
  },
  'error.unknown_municipality': {
    nl: 'Deze gemeentecode kennen we niet.',
    en: 'We do not know this municipality code.',
  },
  'vacancy.unknown_category': { nl: 'Kies een vakgebied uit de lijst.', en: 'Choose a job field from the list.' },
  'vacancy.description_too_long': {
    nl: 'De beschrijving is na het opschonen {length} tekens lang (een link krijgt extra kenmerken, een & wordt &amp;); dat mag hoogstens {limit} zijn. Maak haar korter.',
    en: 'After tidying, the description is {length} characters long (a link gets extra attributes, an & becomes &amp;); it may be at most {limit}. Make it shorter.',
  },
  'vacancy.hours_order': {
    nl: 'Het maximum aantal uren moet minstens het minimum zijn.',
    en: 'The maximum hours must be at least the minimum.',
  },
  'vacancy.salary_order': {
    nl: 'Het maximumsalaris moet minstens het minimumsalaris zijn.',
    en: 'The maximum salary must be at least the minimum.',
  },
  'search.scale_order': {
    nl: 'De hoogste schaal moet minstens de laagste zijn.',
    en: 'The highest scale must be at least the lowest.',
  },
  'vacancy.salary_scale_mismatch': {
    nl: 'Het salaris past niet bij schaal {scale}: die gaat van € {low} tot € {high} bruto per maand bij een volledige werkweek, toelagen meegerekend. Pas het salaris of de schaal aan.',
    en: 'The salary does not fit scale {scale}: it goes from €{low} to €{high} gross a month for a full working week, allowances included. Change the salary or the scale.',
  },
  'vacancy.unknown_postcode': {
    nl: 'Deze postcode kennen we niet (gebruik de vier cijfers).',
    en: 'We do not know this postcode (use the four digits).',
  },
  'vacancy.postcode_elsewhere': {
    nl: 'Postcode {postcode} ligt in {actual}, niet in {chosen}. Kies de gemeente van de werkplek of pas de postcode aan.',
    en: 'Postcode {postcode} is in {actual}, not in {chosen}. Choose the municipality of the workplace or correct the postcode.',
  },
  'vacancy.place_repeated': {
    nl: '{municipality} staat al bij de werkplekken van deze vacature. Kies een andere gemeente of haal deze werkplek weg.',
    en: '{municipality} is already one of this vacancy’s workplaces. Choose another municipality or remove this workplace.',
  },
  'vacancy.salary_too_high': {
    nl: 'Dit is meer dan een maandsalaris bij de overheid kan zijn: de hoogste schaal gaat tot ongeveer € {limit} bruto per maand. Vul het bruto maandsalaris bij een volledige werkweek in, in hele euro’s.',
    en: 'This is more than a monthly salary in the public sector can be: the highest scale goes up to about €{limit} gross a month. Enter the gross monthly salary for a full working week, in whole euros.',
  },
  'vacancy.salary_too_low': {
    nl: 'Dit is minder dan een maandsalaris bij de overheid kan zijn: de laagste schaal begint rond het minimumloon, ongeveer € {limit} bruto per maand. Vul het bruto maandsalaris bij een volledige werkweek in, in hele euro’s.',
    en: 'This is less than a monthly salary in the public sector can be: the lowest scale starts at about the minimum wage, some €{limit} gross a month. Enter the gross monthly salary for a full working week, in whole euros.',
  },
  'vacancy.apply_url_required': {
    nl: 'Geef het webadres waar men solliciteert.',
    en: 'Give the web address to apply at.',
  },
  'vacancy.apply_email_required': {
    nl: 'Geef het e-mailadres waar men solliciteert.',
    en: 'Give the e-mail address to apply to.',
  },
  'vacancy.publish_after_closing': {
    nl: 'Dit moment ligt na de sluitingsdatum: de vacature zou nooit online komen. Kies een moment op of vóór de sluitingsdatum, of een latere sluitingsdatum.',
    en: 'This moment is after the closing date: the vacancy would never come online. Choose a moment on or before the closing date, or a later closing date.',
  },
  'vacancy.public_after_closing': {
    nl: 'Deze datum ligt na de sluitingsdatum: de vacature zou nooit voor iedereen te zien zijn. Kies een datum op of vóór de sluitingsdatum, of een latere sluitingsdatum.',
    en: 'This date is after the closing date: the vacancy would never be visible to everyone. Choose a date on or before the closing date, or a later closing date.',
  },
  'vacancy.public_from_internal_only': {
    nl: 'Alleen een interne vacature kan later openbaar worden.',
    en: 'Only an internal vacancy can become public later.',
  },
  'vacancy.closing_date_required': {
    nl: 'Geef een sluitingsdatum voordat je publiceert.',
    en: 'Set a closing date before publishing.',
  },
  'vacancy.closing_date_passed': { nl: 'De sluitingsdatum is al voorbij.', en: 'The closing date has passed.' },
  'vacancy.closing_date_passed_draft': {
    nl: 'De sluitingsdatum is al voorbij. Als concept kun je de vacature opslaan, maar publiceren kan pas met een sluitingsdatum vanaf vandaag.',
    en: 'The closing date has passed. You can save the vacancy as a draft, but it can only be published with a closing date from today on.',
  },
  'vacancy.invalid_transition': {
    nl: 'Dat kan niet: deze vacature is {state}. Laad de vacature opnieuw om te zien wat wel kan.',
    en: 'That is not possible: this vacancy is {state}. Load the vacancy again to see what you can do.',
  },
  'vacancy.state.draft': { nl: 'een concept', en: 'a draft' },
  'vacancy.state.scheduled': { nl: 'ingepland om later te publiceren', en: 'scheduled to be published later' },
  'vacancy.state.published': { nl: 'al gepubliceerd', en: 'published already' },
  'vacancy.state.closed': { nl: 'gesloten', en: 'closed' },
  'vacancy.state.withdrawn': { nl: 'ingetrokken', en: 'withdrawn' },
  'vacancy.stale': {
    nl: 'Iemand anders heeft deze vacature intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
    en: 'Someone else changed this vacancy meanwhile. Load the latest version and try again.',
  },
  'vacancy.version_required': {
    nl: 'Stuur de versie mee (If-Match of version).',
    en: 'Send the version (If-Match or version).',
  },
  'organisation.profile_stale': {
    nl: 'Iemand anders heeft het werkgeversprofiel intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
    en: 'Someone else changed the employer profile meanwhile. Load the latest version and try again.',
  },
  'organisation.profile_version_required': {
    nl: 'Stuur de versie mee (If-Match of version).',
    en: 'Send the version (If-Match or version).',
  },
  'organisation.logo_incomplete': {
    nl: 'Dit bestand is niet compleet: het is afgebroken of er staat iets achter het plaatje. Sla het logo opnieuw op en probeer het nog eens.',
    en: 'This file is not complete: it was cut off, or something follows the picture. Save the logo again and try once more.',
  },
  'organisation.logo_invalid': {
    nl: 'Dit is geen geldig PNG-, JPEG- of WebP-bestand.',
    en: 'This is not a valid PNG, JPEG or WebP file.',
  },
  'organisation.logo_too_large': {
    nl: 'Dit logo is {width} × {height} pixels; het mag hoogstens {max} × {max} pixels zijn. Maak het kleiner en probeer het opnieuw.',
    en: 'This logo is {width} × {height} pixels; it may be at most {max} × {max} pixels. Make it smaller and try again.',
  },
  'search.synonyms_exist': {
    nl: 'Deze groep is er al, met dezelfde woorden.',
    en: 'This group exists already, with the same words.',
  },
  'search.synonyms_built_in': {
    nl: 'Deze groep is al ingebouwd en staat aan, met dezelfde woorden.',
    en: 'This group is built in already, with the same words, and switched on.',
  },
  'search.synonyms_built_in_off': {
    nl: 'Deze groep is ingebouwd, met dezelfde woorden, maar uitgezet: zet hem aan bij de ingebouwde groepen.',
    en: 'This group is built in, with the same words, but switched off: switch it on among the built-in groups.',
  },
  'search.synonyms_within': {
    nl: 'Deze woorden vinden elkaar al: ze staan samen in de groep "{group}", die aanstaat.',
    en: 'These words find each other already: they are together in the group "{group}", which is switched on.',
  },
  'search.synonyms_two_words': {
    nl: 'Geef minstens twee verschillende woorden.',
    en: 'Give at least two different words.',
  },
  'password.too_short': { nl: 'Gebruik minstens 10 tekens.', en: 'Use at least 10 characters.' },
  'password.too_common': {
    nl: 'Dit wachtwoord is te makkelijk te raden. Kies iets anders, bijvoorbeeld een korte zin.',
    en: 'This password is too easy to guess. Choose another, for example a short sentence.',
  },
  'application.already_applied': {
    nl: 'Je hebt al op deze vacature gesolliciteerd. Je sollicitatie staat in je account; trek haar daar in als je opnieuw wilt solliciteren.',
    en: 'You have already applied for this vacancy. Your application is in your account; withdraw it there if you want to apply again.',
  },
  'application.not_accepting': {
    nl: 'Op deze vacature kun je niet (meer) solliciteren via Samenwerven.',
    en: 'This vacancy does not (or no longer) take applications through Samenwerven.',
  },
  'application.file_too_large': {
    nl: 'Het bestand is te groot; het mag hoogstens {limit} MB zijn.',
    en: 'The file is too large; it may be at most {limit} MB.',
  },
  'application.unsupported_file_type': {
    nl: 'Dit bestand is geen PDF of Word-document (.docx).',
    en: 'This file is not a PDF or a Word document (.docx).',
  },
  'application.file_too_large_field': {
    nl: 'Dit bestand is groter dan 10 MB.',
    en: 'This file is larger than 10 MB.',
  },
  'application.empty_file_field': {
    nl: 'Dit bestand is leeg (0 bytes). Kies het opnieuw; staat het in de cloud, download het dan eerst.',
    en: 'This file is empty (0 bytes). Choose it again; if it is kept in the cloud, download it first.',
  },
  'application.part_twice': {
    nl: 'Dit onderdeel is twee keer meegestuurd; stuur het één keer.',
    en: 'This part was sent twice; send it once.',
  },
  'application.not_a_file': {
    nl: 'Kies een bestand: een PDF of een Word-document (.docx). Tekst in dit veld kan niet mee.',
    en: 'Choose a file: a PDF or a Word document (.docx). Text in this field cannot be sent.',
  },
  'application.unexpected_file': {
    nl: 'Alleen een cv en een brief kunnen mee; laat dit bestand weg.',
    en: 'Only a CV and a letter can be sent; leave this file out.',
  },
  'application.too_many_files': {
    nl: 'Stuur hoogstens twee bestanden: een cv en eventueel een brief.',
    en: 'Send at most two files: a CV and, if you like, a letter.',
  },
  'application.unsupported_file_type_field': {
    nl: 'Kies een PDF of een Word-document (.docx).',
    en: 'Choose a PDF or a Word document (.docx).',
  },
  'application.organisation_left': {
    nl: 'Deze organisatie doet niet meer mee aan Samenwerven. Je sollicitatie staat niet meer in de talentpool en wordt binnen vier weken na het vertrek verwijderd.',
    en: 'This organisation no longer takes part in Samenwerven. Your application is no longer in the talent pool and is deleted within four weeks of its leaving.',
  },
  'application.no_pool_consent': {
    nl: 'Deze sollicitatie heeft geen toestemming voor de talentpool (meer).',
    en: 'This application has no consent for the talent pool (any more).',
  },
  'application.invalid_transition': {
    nl: 'Een sollicitatie met de status ‘{from}’ kan niet naar ‘{to}’.',
    en: 'An application with the status ‘{from}’ cannot move to ‘{to}’.',
  },
  // The statuses as the inbox names them (web/src/i18n/application-messages.ts).
  'application.status.received': { nl: 'Ontvangen', en: 'Received' },
  'application.status.in_review': { nl: 'In behandeling', en: 'In review' },
  'application.status.invited': { nl: 'Uitgenodigd', en: 'Invited' },
  'application.status.rejected': { nl: 'Afgewezen', en: 'Rejected' },
  'application.status.hired': { nl: 'Aangenomen', en: 'Hired' },
  'application.own_message_needs_membership': {
    nl: 'Zolang je organisatie geen actief lid is, kan een afwijzing geen eigen bericht hebben: de sollicitant krijgt het vaste bericht van het portaal. Wijs af zonder eigen bericht.',
    en: 'While your organisation is not an active member, a rejection cannot carry a message of your own: the applicant receives the portal’s standard message. Reject without a message of your own.',
  },
  'application.rejection_message_without_rejection': {
    nl: 'Een afwijzingsbericht hoort bij de status afgewezen.',
    en: 'A rejection message goes with the status rejected.',
  },
  'upload.empty': {
    nl: 'Het bestand heeft geen kopregel met kolomnamen, of geen vacatures daaronder.',
    en: 'The file has no header row with column names, or no vacancies under it.',
  },
  'upload.not_csv': {
    nl: 'Stuur het bestand zelf, als CSV (text/csv).',
    en: 'Send the file itself, as CSV (text/csv).',
  },
  'upload.binary_file': {
    nl: 'Dit is geen CSV-bestand. Sla het werkblad op als ‘CSV UTF-8’ en upload dat bestand.',
    en: 'This is not a CSV file. Save the sheet as ‘CSV UTF-8’ and upload that file.',
  },
  'upload.unknown_columns': {
    nl: 'Deze kolommen kennen we niet: {columns}. Gebruik de kolomnamen uit het voorbeeldbestand.',
    en: 'We do not know these columns: {columns}. Use the column names of the template.',
  },
  'upload.duplicate_columns': {
    nl: 'Deze kolommen staan er meer dan eens in: {columns}. Geef elke kolom één keer.',
    en: 'These columns are in the file more than once: {columns}. Give every column once.',
  },
  'upload.missing_columns': {
    nl: 'De kolom {columns} ontbreekt: elke vacature heeft een eigen kenmerk nodig.',
    en: 'The column {columns} is missing: every vacancy needs its own reference.',
  },
  'upload.duplicate_reference': {
    nl: 'Het kenmerk {reference} staat op meer dan één regel ({lines}). Geef elke vacature een eigen kenmerk.',
    en: 'The reference {reference} is on more than one line ({lines}). Give every vacancy its own reference.',
  },
  'upload.amount_cents': {
    nl: 'Vul het bedrag in hele euro’s in, zonder centen, zoals 4.200 of 4200.',
    en: 'Enter the amount in whole euros, without cents, such as 4200 or 4.200.',
  },
  'upload.unknown_value': {
    nl: 'Deze waarde kennen we niet. Vul een van deze in: {values}.',
    en: 'We do not know this value. Enter one of these: {values}.',
  },
  'upload.unknown_category': {
    nl: 'Dit vakgebied kennen we niet. Vul een van deze codes in (of de naam van het vakgebied): {values}.',
    en: 'We do not know this job field. Enter one of these codes (or the job field’s name): {values}.',
  },
  'upload.unknown_municipality': {
    nl: 'Deze gemeente kennen we niet. Vul de naam van de gemeente in zoals het CBS die schrijft (zoals Tilburg) of haar CBS-code (zoals GM0855).',
    en: 'We do not know this municipality. Enter its name as Statistics Netherlands (CBS) writes it (such as Tilburg) or its CBS code (such as GM0855).',
  },
  'budget.whole_cents': {
    nl: 'Vul het bedrag in euro’s in, met hoogstens twee cijfers achter de komma (hele centen).',
    en: 'Enter the amount in euros, with at most two decimals (whole cents).',
  },
  'upload.too_many_rows': {
    nl: 'Een bestand mag hoogstens {limit} vacatures bevatten.',
    en: 'A file may hold at most {limit} vacancies.',
  },
  'upload.too_many_cells': {
    nl: 'Regel {line} heeft meer cellen dan de kopregel kolommen heeft.',
    en: 'Line {line} has more cells than the header row has columns.',
  },
  'upload.open_quote': {
    nl: 'Op regel {line} begint een aanhalingsteken dat nergens wordt gesloten.',
    en: 'A quotation mark on line {line} is never closed.',
  },
  'validation.required': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  'validation.minLength': { nl: 'Gebruik minstens {limit} tekens.', en: 'Use at least {limit} characters.' },
  'validation.maxLength': { nl: 'Gebruik hoogstens {limit} tekens.', en: 'Use at most {limit} characters.' },
  'validation.minimum': { nl: 'De waarde moet minstens {limit} zijn.', en: 'The value must be at least {limit}.' },
  'validation.maximum': { nl: 'De waarde mag hoogstens {limit} zijn.', en: 'The value must be at most {limit}.' },
  'validation.type': {
    nl: 'Dit is niet het goede soort waarde ({type} verwacht).',
    en: 'This is not the right kind of value ({type} expected).',
  },
  'validation.type.integer': { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
  'validation.type.number': { nl: 'Vul een getal in.', en: 'Enter a number.' },
  'validation.type.string': { nl: 'Vul tekst in.', en: 'Enter text.' },
  'validation.type.boolean': { nl: 'Kies ja of nee (true of false).', en: 'Choose yes or no (true or false).' },
  'validation.type.array': { nl: 'Geef een lijst van waarden.', en: 'Give a list of values.' },
  'validation.type.object': { nl: 'Geef een object met velden.', en: 'Give an object with fields.' },
  'validation.repeated': {
    nl: 'Geef deze parameter één keer op, niet vaker.',
    en: 'Give this parameter once, not more often.',
  },
  'validation.if_match': {
    nl: 'Stuur het versienummer, zoals "3", of de ETag die je bij het lezen kreeg.',
    en: 'Send the version number, such as "3", or the ETag you got when you read it.',
  },
  'validation.format': {
    nl: 'Dit heeft niet de goede vorm ({format}).',
    en: 'This does not have the right form ({format}).',
  },
  'validation.format.email': {
    nl: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    en: 'Enter a valid e-mail address, such as name@example.com.',
  },
  'validation.format.uri': {
    nl: 'Vul een volledig webadres in, zoals https://www.voorbeeld.nl/vacatures.',
    en: 'Enter a full web address, such as https://www.example.nl/vacancies.',
  },
  'validation.format.date': {
    nl: 'Vul een bestaande datum in als JJJJ-MM-DD, in de jaren 1900 tot en met 9999.',
    en: 'Enter a date that exists as YYYY-MM-DD, in the years 1900 to 9999.',
  },
  'validation.format.date-time': {
    nl: 'Vul een bestaande datum en tijd in, met tijdzone, in de jaren 1900 tot en met 9999.',
    en: 'Enter a date and time that exist, with a time zone, in the years 1900 to 9999.',
  },
  'validation.format.uuid': { nl: 'Dit is geen geldige verwijzing.', en: 'This is not a valid reference.' },
  'validation.pattern': { nl: 'Dit heeft niet de goede vorm.', en: 'This does not have the right form.' },
  'validation.pattern.phone': {
    nl: 'Gebruik alleen cijfers, spaties en de tekens + ( ) -.',
    en: 'Use only digits, spaces and the characters + ( ) -.',
  },
  'validation.pattern.postcode': {
    nl: 'Vul de vier cijfers van een postcode in, zoals 5038.',
    en: 'Enter the four digits of a postcode, such as 5038.',
  },
  'validation.pattern.webAddress': {
    nl: 'Vul een volledig webadres in, zoals https://www.voorbeeld.nl/vacatures.',
    en: 'Enter a full web address, such as https://www.example.nl/vacancies.',
  },
  'validation.pattern.externalId': {
    nl: 'Vul een kenmerk in van zichtbare tekens, zonder spatie aan het begin of eind en zonder onzichtbare tekens.',
    en: 'Enter an identifier of visible characters, with no space at its start or end and no invisible characters.',
  },
  'validation.pattern.municipalityCode': {
    nl: 'Kies een gemeente uit de lijst.',
    en: 'Choose a municipality from the list.',
  },
  'validation.enum': { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
  'validation.const': { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
  'validation.anyOf': { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
  'validation.additionalProperties': {
    nl: 'Dit veld kennen we niet: {additionalProperty}.',
    en: 'Unknown field: {additionalProperty}.',
  },
  'validation.text': {
    nl: 'Dit bevat een teken dat niet is toegestaan.',
    en: 'This contains a character that is not allowed.',
  },
  'validation.maxItems': { nl: 'Kies hoogstens {limit} waarden.', en: 'Choose at most {limit} values.' },
  'validation.minItems': { nl: 'Geef minstens {limit} waarden.', en: 'Give at least {limit} values.' },
  'validation.external_id_mismatch': {
    nl: 'Dit kenmerk verschilt van dat in het adres ({externalId}). Laat het weg of geef hetzelfde.',
    en: 'This reference differs from the one in the address ({externalId}). Leave it out or give the same.',
  },
  'validation.minItems.one': { nl: 'Geef minstens één waarde.', en: 'Give at least one value.' },
  'validation.uniqueItems': { nl: 'Elke waarde mag maar één keer voorkomen.', en: 'Each value may occur only once.' },
  'validation.exclusiveMinimum': {
    nl: 'De waarde moet groter zijn dan {limit}.',
    en: 'The value must be more than {limit}.',
  },
  'validation.exclusiveMaximum': {
    nl: 'De waarde moet kleiner zijn dan {limit}.',
    en: 'The value must be less than {limit}.',
  },
  'validation.multipleOf': {
    nl: 'Deze waarde kan niet; kijk naar de stappen.',
    en: 'This value is not possible; mind the steps.',
  },
  'validation.oneOf': { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof messages;

/** The first supported language in Accept-Language (or `?lang=`); Dutch by default. */
export function localeOf(request: FastifyRequest): Locale {
  return preferredLocale(request.headers['accept-language'] ?? '');
}

/**
 * The language an Accept-Language header prefers of ours: by its quality values (`q`, 1 when
 * left out; `q=0` means "not this one"), the header's order between equals; Dutch when it names
 * neither.
 */
export function preferredLocale(header: string): Locale {
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const q = params.find((param) => param.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      const locale = tag.startsWith('nl') ? 'nl' : tag.startsWith('en') ? 'en' : undefined;
      return { locale, quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry): entry is { locale: Locale; quality: number; order: number } => !!entry.locale && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked[0]?.locale ?? 'nl';
}

/** A message with `{name}` placeholders filled from `params`; `fallback` for unknown keys. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, unknown> = {},
  fallback?: string,
): string {
  const template: string | undefined = (messages as Record<string, Record<Locale, string>>)[key]?.[locale];
  if (template === undefined) return fallback ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The language of a page address: English under `/en`, Dutch everywhere else. */
export const pageLanguage = (pathname: string): Locale =>
  pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nl';

export function hasMessage(key: string): key is MessageKey {
  return key in messages;
}
