// Server-side texts: error messages returned to the browser, in the user's language.
export type Locale = 'nl' | 'en';

// Every error code Kring answers with, and its text in both languages. ErrorCode is derived from
// this table, so a code without both texts does not compile (HttpError and fieldError take only these).
const messages = {
  validation: { nl: 'Controleer de gemarkeerde velden.', en: 'Please check the marked fields.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  forbidden: { nl: 'Dit mag je niet met jouw rol.', en: 'Your role does not allow this.' },
  not_signed_in: { nl: 'Je bent niet ingelogd.', en: 'You are not signed in.' },
  session_expired: {
    nl: 'Je sessie is verlopen omdat je een tijd niets hebt gedaan. Log opnieuw in.',
    en: 'Your session has expired after a period of inactivity. Please sign in again.',
  },
  second_factor_required: { nl: 'Vul eerst je inlogcode in.', en: 'Please enter your sign-in code first.' },
  totp_setup_required: {
    nl: 'Je organisatie vraagt om tweestapsverificatie. Stel die eerst in.',
    en: 'Your organisation requires two-step verification. Please set it up first.',
  },
  csrf: { nl: 'De pagina is verouderd. Laad hem opnieuw.', en: 'This page is out of date. Please reload it.' },
  introduction_first: {
    nl: 'Een ja volgt op de kennismaking. Vul de datum van de kennismaking in, of geef aan waarom er geen is.',
    en: 'A yes follows the introduction meeting. Fill in its date, or say why there is none.',
  },
  yes_before_introduction: {
    nl: 'Een ja kan pas op of na de dag van de kennismaking.',
    en: 'A yes can only be given on or after the day of the introduction meeting.',
  },
  no_basis: {
    nl: 'Hiervoor is eerst toestemming van de persoon nodig (of een andere grondslag die je organisatie heeft vastgelegd). Leg de toestemming vast op de pagina van de persoon.',
    en: "This needs the person's consent first (or another legal basis your organisation has recorded). Record the consent on the person's page.",
  },
  session_exists: {
    nl: 'Voor deze dag en activiteit is al een bijeenkomst opgeslagen. Pas die aan in plaats van een tweede te maken.',
    en: 'A session for this day and activity has already been saved. Correct that one instead of making a second.',
  },
  unknown_team: { nl: 'Kies een team van je eigen organisatie.', en: 'Choose a team of your own organisation.' },
  reference_invalid: {
    nl: 'Dit verwijst naar iets dat niet (meer) bestaat. Laad de pagina opnieuw en kies opnieuw.',
    en: 'This refers to something that does not exist (any more). Reload the page and choose again.',
  },
  cross_site: {
    nl: 'Dit verzoek kwam van een andere website en is geweigerd. Open Kring zelf en probeer het daar.',
    en: 'This request came from another website and was refused. Open Kring itself and try there.',
  },
  // The same answer for a wrong password, an unknown address and a locked account (D35), so it
  // never tells whether an address has an account; it says what to do after many tries.
  invalid_credentials: {
    nl: 'E-mailadres of wachtwoord klopt niet. Na vijf mislukte pogingen kun je het pas na een kwartier opnieuw proberen.',
    en: 'E-mail address or password is incorrect. After five failed attempts, you can try again after fifteen minutes.',
  },
  invalid_code: {
    nl: 'Deze code klopt niet of is al gebruikt.',
    en: 'This code is incorrect or has already been used.',
  },
  link_invalid: {
    nl: 'Deze link is ongeldig, verlopen of al gebruikt. Vraag een nieuwe link aan je beheerder.',
    en: 'This link is invalid, expired or already used. Ask your administrator for a new link.',
  },
  organisation_suspended: {
    nl: 'Je organisatie is in Kring uitgeschakeld door de beheerder van deze installatie. Neem contact met hem of haar op.',
    en: 'Your organisation has been suspended in Kring by the operator of this installation. Please contact them.',
  },
  setup_done: { nl: 'Kring is al ingericht. Log in.', en: 'Kring has already been set up. Please sign in.' },
  email_taken: {
    nl: 'Er is al een account met dit e-mailadres.',
    en: 'An account with this e-mail address already exists.',
  },
  team_taken: { nl: 'Er is al een team met deze naam.', en: 'A team with this name already exists.' },
  last_admin: {
    nl: 'Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.',
    en: 'This is the last active administrator. Make someone else an administrator first.',
  },
  not_self: { nl: 'Dit kun je niet bij je eigen account doen.', en: 'You cannot do this to your own account.' },
  wrong_password: { nl: 'Je huidige wachtwoord klopt niet.', en: 'Your current password is incorrect.' },
  totp_required_by_org: {
    nl: 'Je organisatie vraagt om tweestapsverificatie; uitzetten kan niet.',
    en: 'Your organisation requires two-step verification; it cannot be turned off.',
  },
  totp_not_started: { nl: 'Begin eerst opnieuw met instellen.', en: 'Please start the setup again.' },
  user_not_invited: {
    nl: 'Deze gebruiker heeft zijn account al geactiveerd.',
    en: 'This user has already activated their account.',
  },
  assignee_role: {
    nl: 'Alleen coördinatoren en sociaal werkers kun je aan een persoon koppelen. Een coach krijgt toegang via een koppeling in het coachprogramma.',
    en: 'Only coordinators and social workers can be assigned to a person. A coach gets access through a match in the coach programme.',
  },
  trajectory_open: {
    nl: 'Deze persoon heeft al een lopend coachtraject. Rond dat eerst af.',
    en: 'This person already has an open coach trajectory. Close that one first.',
  },
  date_before_registration: { nl: 'Deze datum ligt voor de aanmelding.', en: 'This date is before the registration.' },
  coordination_needed: {
    nl: 'Schrijf op hoe je samenwerkt met de andere hulp.',
    en: 'Write down how you work together with the other help.',
  },
  other_help_first: {
    nl: 'Bij "eerst andere hulp" kan de uitkomst niet "aangenomen" zijn.',
    en: 'With "other help first" the outcome cannot be "accepted".',
  },
  not_waiting: { nl: 'Deze cliënt staat niet op de wachtlijst.', en: 'This client is not on the waiting list.' },
  match_open: {
    nl: 'Deze cliënt heeft al een voorstel of een actieve koppeling. Rond die eerst af.',
    en: 'This client already has a proposal or an active match. Settle that first.',
  },
  coach_not_active: {
    nl: 'Alleen een actieve coach kan gekoppeld worden.',
    en: 'Only an active coach can be matched.',
  },
  coach_full: {
    nl: 'Deze coach heeft al {active} van de {max} cliënten. Schrijf op waarom je toch koppelt.',
    en: 'This coach already has {active} of {max} clients. Write down why you match anyway.',
  },
  match_not_proposed: { nl: 'Dit voorstel is niet meer open.', en: 'This proposal is no longer open.' },
  match_not_active: { nl: 'Deze koppeling is niet actief.', en: 'This match is not active.' },
  not_your_side: { nl: 'Je kunt alleen voor jezelf bevestigen.', en: 'You can only confirm for yourself.' },
  date_before_proposal: { nl: 'Deze datum ligt voor het voorstel.', en: 'This date is before the proposal.' },
  date_before_match: {
    nl: 'Deze datum ligt voor het begin van de koppeling.',
    en: 'This date is before the match began.',
  },
  step_conflict: {
    nl: 'Iemand anders heeft deze stap net gewijzigd. Laad de stap opnieuw; je wijziging is nog niet opgeslagen.',
    en: 'Someone else has just changed this step. Reload the step; your change has not been saved yet.',
  },
  no_active_match: {
    nl: 'Er is geen actieve koppeling om een verslag bij te schrijven.',
    en: 'There is no active match to write a report for.',
  },
  signal_note_needed: {
    nl: 'Schrijf kort op waar je je zorgen over maakt.',
    en: 'Write briefly what you are worried about.',
  },
  signal_handled: { nl: 'Dit signaal is al opgepakt.', en: 'This signal has already been handled.' },
  not_closed: { nl: 'Het traject is nog niet afgesloten.', en: 'The trajectory has not been closed yet.' },
  follow_up_before_closing: {
    nl: 'De nazorg ligt voor de afsluiting van het traject.',
    en: 'The follow-up is before the trajectory was closed.',
  },
  close_open_match: { nl: 'Beëindig eerst de koppeling met de coach.', en: 'End the match with the coach first.' },
  already_closed: { nl: 'Dit traject is al afgesloten.', en: 'This trajectory is already closed.' },
  unknown_coach: { nl: 'Een van deze coaches bestaat niet.', en: 'One of these coaches does not exist.' },
  exit_one_coach: {
    nl: 'Supervisie en een exitgesprek zijn met één coach.',
    en: 'Supervision and an exit conversation are with one coach.',
  },
  coach_account_taken: {
    nl: 'Dit account hoort al bij een andere coach.',
    en: 'This account already belongs to another coach.',
  },
  coach_account_role: { nl: 'Kies een account met de rol coach.', en: 'Choose an account with the coach role.' },
  intern_dates: {
    nl: 'De einddatum van de stage ligt voor de begindatum.',
    en: 'The internship ends before it begins.',
  },
  neighbourhood_twice: { nl: 'Deze wijk staat er twee keer in.', en: 'This neighbourhood is listed twice.' },
  step_unknown_field: { nl: 'Dit werkblad kent dit veld niet.', en: 'This worksheet has no such field.' },
  date_outside_group: {
    nl: 'Deze datum ligt buiten de looptijd van de groep ({from} tot {to}).',
    en: 'This date is outside the life of the group ({from} to {to}).',
  },
  participant_twice: {
    nl: 'Deze deelnemer staat twee keer in deze bijeenkomst.',
    en: 'This participant is listed twice in this session.',
  },
  not_in_group: {
    nl: 'Deze deelnemer hoort niet bij deze groep.',
    en: 'This participant does not belong to this group.',
  },
  worker_role: {
    nl: 'Alleen sociaal werkers kunnen een groep draaien of achtervang zijn.',
    en: 'Only social workers can run a group or be its backup.',
  },
  interviewer_role: { nl: 'Kies een evaluator of een sociaal werker.', en: 'Choose an evaluator or a social worker.' },
  participant_in_group: {
    nl: 'Deze persoon doet al mee met deze groep.',
    en: 'This person already takes part in this group.',
  },
  route_note_needed: { nl: 'Schrijf kort op waarom, of naar welke hulp.', en: 'Write briefly why, or to which help.' },
  same_participant: {
    nl: 'Iemand kan zichzelf niet steunen; kies twee verschillende deelnemers.',
    en: 'Someone cannot support themselves; choose two different participants.',
  },
  followup_done: { nl: 'Deze opvolging is al afgerond.', en: 'This follow-up has already been completed.' },
  member_check_before_interview: {
    nl: 'De deelnemer kan het verslag pas na het gesprek lezen.',
    en: 'The participant can only read the report after the interview.',
  },
  followup_before_detected: {
    nl: 'Deze datum ligt voor het moment dat de opvolging nodig werd.',
    en: 'This date is before the follow-up was needed.',
  },
  route_before_previous: {
    nl: 'Deze datum ligt voor de vorige stap in de route.',
    en: 'This date is before the previous step in the route.',
  },
  consent_withdrawn: { nl: 'Deze toestemming is al ingetrokken.', en: 'This consent has already been withdrawn.' },
  withdraw_before_given: {
    nl: 'De datum van intrekken ligt voor de datum van toestemming.',
    en: 'The withdrawal date is before the date consent was given.',
  },
  date_in_future: { nl: 'Deze datum ligt in de toekomst.', en: 'This date is in the future.' },
  too_large: { nl: 'Wat je stuurt is te groot.', en: 'What you sent is too large.' },
  bad_request: { nl: 'Dit verzoek klopt niet.', en: 'This request is not valid.' },
  rate_limited: {
    nl: 'Te veel pogingen in korte tijd. Wacht een minuut en probeer het opnieuw.',
    en: 'Too many attempts in a short time. Wait a minute and try again.',
  },
  server_error: {
    nl: 'Er ging iets mis bij ons. Je gegevens zijn niet verloren; probeer het opnieuw.',
    en: 'Something went wrong on our side. Your data is not lost; please try again.',
  },
  map_conflict: {
    nl: 'Iemand anders heeft deze netwerkkaart net gewijzigd. Laad de kaart opnieuw; je wijziging is nog niet opgeslagen.',
    en: 'Someone else has just changed this network map. Reload the map; your change has not been saved yet.',
  },
  too_many_alters: {
    nl: 'Een netwerkkaart kan hoogstens {max} mensen bevatten. Er is nog ruimte voor {room}.',
    en: 'A network map can hold at most {max} people. There is room for {room} more.',
  },
  not_same_person: {
    nl: 'Deze kaarten horen niet bij dezelfde persoon.',
    en: 'These maps do not belong to the same person.',
  },
  closeness_out_of_model: {
    nl: 'Deze kaart heeft niet zoveel cirkels.',
    en: 'This map does not have that many circles.',
  },
  sector_not_in_model: {
    nl: 'Dit deel hoort niet bij het model van deze kaart.',
    en: "This sector is not part of this map's model.",
  },
  already_erased: {
    nl: 'De gegevens van deze persoon zijn al gewist.',
    en: "This person's data has already been erased.",
  },
  erasure_waiting: {
    nl: 'Voor deze persoon loopt al een verzoek om te wissen. Je kunt dat verzoek intrekken.',
    en: 'An erasure request for this person is already waiting. You can cancel that request.',
  },
  legal_hold: {
    nl: 'Deze persoon staat op juridische bewaarplicht (legal hold). Hef die eerst op; tot dan wordt niets gewist.',
    en: 'This person is on legal hold. Lift the hold first; until then nothing is erased.',
  },
  no_research_consent: {
    nl: 'Deze deelnemer heeft (nog) geen toestemming gegeven voor evaluatie en onderzoek, of heeft die ingetrokken. Leg eerst de toestemming vast op de pagina van de persoon.',
    en: "This participant has not (yet) consented to evaluation and research, or has withdrawn it. Record the consent on the person's page first.",
  },
  notice_unchanged: {
    nl: 'Deze tekst is gelijk aan de huidige versie. Pas de tekst aan om een nieuwe versie te maken.',
    en: 'This text is the same as the current version. Change the text to make a new version.',
  },
  no_retention_draft: {
    nl: 'Er is geen nieuw voorstel voor bewaartermijnen om goed te keuren. Sla eerst de termijnen op.',
    en: 'There is no new retention proposal to approve. Save the terms first.',
  },
  erasure_not_waiting: {
    nl: 'Dit verzoek wacht niet meer: het is al ingetrokken of uitgevoerd.',
    en: 'This request is no longer waiting: it has already been cancelled or carried out.',
  },
  csv_unreadable: {
    nl: 'Dit CSV-bestand kan niet gelezen worden. Sla het op als CSV (UTF-8) en probeer het opnieuw.',
    en: 'This CSV file cannot be read. Save it as CSV (UTF-8) and try again.',
  },
  csv_missing_column: {
    nl: 'De kolom {field} ontbreekt in de eerste regel.',
    en: 'The column {field} is missing from the first line.',
  },
  csv_unknown_column: {
    nl: 'Kring kent de kolom {field} niet. Gebruik de kolommen uit de uitleg, of haal deze kolom weg.',
    en: 'Kring does not know the column {field}. Use the documented columns, or remove this one.',
  },
  unknown_alter: { nl: 'Een van deze mensen staat niet op de kaart.', en: 'One of these people is not on the map.' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof messages;

export function message(code: ErrorCode, locale: Locale, params: Record<string, string> = {}): string {
  const template: string = messages[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}

export function hasMessage(code: string): code is ErrorCode {
  return code in messages;
}

export function pickLocale(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
