// Request contracts of the coach programme, shared by the server routes and the browser forms.
import { z } from 'zod';
import {
  emailField,
  isoDate,
  newPersonSchema,
  onePerson,
  optionalDate,
  optionalText,
  phoneField,
  ratedGoals,
  ratingScore,
  text,
  uuid,
  versionNumber,
} from '../schemas.js';
import {
  ageGroups,
  coachStatuses,
  declineSides,
  endReasons,
  evaluationKinds,
  evaluationParticipants,
  followUpResults,
  intakeOutcomes,
  signals,
  situations,
  stepStatuses,
  subgoals,
  suitabilities,
  trajectoryStatuses,
  supportMeetingKinds,
  weekParts,
} from './model.js';

const tags = (max: number, len: number) => z.array(text(len).min(1)).max(max);

export const neighbourhoodsSchema = z.object({
  neighbourhoods: z
    .array(
      z.object({
        name: text(100).min(1),
        latitude: z.number().min(-90).max(90).nullable().optional(),
        longitude: z.number().min(-180).max(180).nullable().optional(),
      }),
    )
    .max(200),
});

const coachFields = {
  userId: uuid.nullable().optional(),
  firstName: text(100).min(1),
  lastName: text(100),
  email: emailField,
  phone: phoneField,
  status: z.enum(coachStatuses),
  availability: z.array(z.enum(weekParts)).max(weekParts.length),
  maxClients: z.number().int().min(0).max(10),
  neighbourhood: optionalText(100),
  travelRadiusKm: z.number().int().min(0).max(200).nullable().optional(),
  languages: tags(10, 40),
  interests: tags(20, 60),
  preferredSituations: z.array(z.enum(situations)).max(situations.length),
  courseDoneOn: optionalDate,
  elearningDoneOn: optionalDate,
  vogOn: optionalDate,
  intern: z.boolean(),
  internFrom: optionalDate,
  internUntil: optionalDate,
  note: optionalText(2000),
};
export const coachSchema = z.object({
  ...coachFields,
  lastName: coachFields.lastName.default(''),
  status: coachFields.status.default('candidate'),
  availability: coachFields.availability.default([]),
  maxClients: coachFields.maxClients.default(1),
  languages: coachFields.languages.default([]),
  interests: coachFields.interests.default([]),
  preferredSituations: coachFields.preferredSituations.default([]),
  intern: coachFields.intern.default(false),
});
export const coachPatchSchema = z.object(coachFields).partial();

export const coachingSettingsSchema = z.object({
  vogMaxAgeMonths: z.number().int().min(1).max(120),
  relationshipQuestions: z.array(text(200).min(1)).min(1).max(10).nullable(),
});

export const registrationFields = {
  registeredOn: isoDate,
  ageGroup: z.enum(ageGroups).nullable().optional(),
  languages: tags(10, 40),
  situations: z.array(z.enum(situations)).max(situations.length),
  situationNote: optionalText(2000),
  referrerOrganisation: optionalText(200),
  referrerContact: optionalText(200),
  foundVia: optionalText(200),
  availability: z.array(z.enum(weekParts)).max(weekParts.length),
  interests: tags(20, 60),
  wishes: optionalText(2000),
};
/** Register a client: an existing person (personId) or a new one (person). */
export const registrationSchema = z
  .object({
    ...registrationFields,
    languages: registrationFields.languages.default([]),
    situations: registrationFields.situations.default([]),
    availability: registrationFields.availability.default([]),
    interests: registrationFields.interests.default([]),
    personId: uuid.optional(),
    person: newPersonSchema.optional(),
  })
  .refine(...onePerson);
export const registrationPatchSchema = z.object(registrationFields).partial();

export const intakeSchema = z.object({
  intakeOn: isoDate,
  points: z.object({ wish: z.boolean(), not_buddy: z.boolean(), temporary: z.boolean(), available: z.boolean() }),
  suitability: z.enum(suitabilities),
  coordinationNote: optionalText(2000),
  outcome: z.enum(intakeOutcomes),
  note: optionalText(2000),
});

export const proposeSchema = z.object({
  coachId: uuid,
  proposedOn: isoDate,
  introductionOn: optionalDate,
  overCapacityReason: optionalText(500),
});
export const confirmSchema = z.object({
  side: z.enum(['client', 'coach']),
  on: isoDate,
  introductionOn: optionalDate,
  /** Why a yes is recorded without an introduction meeting (only a coordinator may say so). */
  noIntroductionReason: optionalText(500),
});
export const declineSchema = z.object({ side: z.enum(declineSides), on: isoDate, reason: text(1000).min(1) });
export const endMatchSchema = z.object({ on: isoDate, reason: text(1000).min(1) });

export const stepParams = z.object({ id: uuid, step: z.coerce.number().int().min(1).max(10) });
export const stepSchema = z.object({
  status: z.enum(stepStatuses),
  worksheet: z.record(z.string(), z.unknown()),
  version: versionNumber(0),
});

export const reportSchema = z.object({
  metOn: isoDate,
  durationMinutes: z.number().int().min(1).max(720),
  place: optionalText(200),
  steps: z.array(z.number().int().min(1).max(10)).max(10).default([]),
  // The essentials: what happened. An empty report does not count as a meeting (issue 19).
  summary: text(4000).min(1),
  agreements: optionalText(2000),
  hours: z.number().min(0).max(24).multipleOf(0.25),
  expensesCents: z.number().int().min(0).max(100000).default(0),
  signal: z.enum(signals).nullable().optional(),
  signalNote: optionalText(2000),
});
export const removeReportSchema = z.object({ reason: text(500).min(1) });
export const handleSignalSchema = z.object({ on: isoDate, response: optionalText(2000) });

export const evaluationParams = z.object({ id: uuid, kind: z.enum(evaluationKinds) });
export const evaluationSchema = z.object({
  heldOn: isoDate,
  present: z.array(z.enum(evaluationParticipants)).max(3),
  subgoals: ratedGoals(subgoals.map(String) as `${(typeof subgoals)[number]}`[]),
  relationship: z
    .array(z.object({ question: text(200).min(1), score: ratingScore }))
    .max(10)
    .default([]),
  note: optionalText(4000),
});

export const closeSchema = z.object({ closedOn: isoDate, endReason: z.enum(endReasons), note: optionalText(2000) });
export const followUpSchema = z.object({ on: isoDate, result: z.enum(followUpResults), note: optionalText(2000) });

export const supportMeetingSchema = z.object({
  kind: z.enum(supportMeetingKinds),
  heldOn: isoDate,
  coachIds: z.array(uuid).min(1).max(100),
  notes: optionalText(4000),
});
export const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const trajectoryListQuery = z.object({
  status: z.enum(trajectoryStatuses).optional(),
});
