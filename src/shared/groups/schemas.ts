// Request contracts of the support-net groups, shared by server routes and browser forms.
import { z } from 'zod';
import { isoDate, newPersonSchema, onePerson, optionalDate, optionalText, ratedGoals, text, uuid } from '../schemas.js';
import {
  activityAudiences,
  activityRecurrences,
  balances,
  followUpByKinds,
  followUpWays,
  groupWorkerRoles,
  cameVia,
  contributionKinds,
  followUpOutcomes,
  groupPhases,
  groupSubgoals,
  groupSupportTypes,
  logbookTags,
  routeStatuses,
  startConditions,
  groupEvaluationKinds,
} from './model.js';

const cents = z.number().int().min(0).max(100_000_000);
const phaseDates = z.object({
  plannedStart: optionalDate,
  plannedEnd: optionalDate,
  actualStart: optionalDate,
  actualEnd: optionalDate,
});

const groupFields = {
  name: text(120).min(1),
  location: optionalText(200),
  startedOn: isoDate,
  targetParticipants: z.number().int().min(1).max(200),
  activityHours: z.number().min(0.5).max(12),
  availableHours: z.number().min(0).max(80),
  absenceThreshold: z.number().int().min(1).max(20),
  budgetCents: cents,
  spentCents: cents,
  ownContributionCents: cents,
  conditions: z.partialRecord(z.enum(startConditions), z.boolean()),
  phases: z.partialRecord(z.enum(groupPhases), phaseDates),
  workers: z.array(z.object({ userId: uuid, role: z.enum(groupWorkerRoles) })).max(10),
};
export const groupSchema = z.object({
  ...groupFields,
  targetParticipants: groupFields.targetParticipants.default(15),
  activityHours: groupFields.activityHours.default(2.5),
  availableHours: groupFields.availableHours.default(4),
  absenceThreshold: groupFields.absenceThreshold.default(3),
  budgetCents: cents.default(0),
  spentCents: cents.default(0),
  ownContributionCents: cents.default(0),
  conditions: groupFields.conditions.default({}),
  phases: groupFields.phases.optional(),
  workers: groupFields.workers.default([]),
});
export const groupPatchSchema = z.object({ ...groupFields, endedOn: optionalDate }).partial();

const newPerson = newPersonSchema.pick({ firstName: true, lastName: true, phone: true });
/** A participant's fields, without the rule that names either an existing or a new person. */
export const participantFields = z.object({
  personId: uuid.optional(),
  person: newPerson.optional(),
  cameVia: z.enum(cameVia),
  cameViaNote: optionalText(200),
  wishes: optionalText(2000),
  talents: z.array(text(60).min(1)).max(20).default([]),
  emergencyContact: optionalText(300),
  status: z.enum(['invited', 'introduction']).default('invited'),
  onDate: isoDate,
});
export const participantSchema = participantFields.refine(...onePerson);
export const participantPatchSchema = z
  .object({
    cameViaNote: optionalText(200),
    wishes: optionalText(2000),
    talents: z.array(text(60).min(1)).max(20),
    emergencyContact: optionalText(300),
  })
  .partial();
export const routeSchema = z.object({ status: z.enum(routeStatuses), onDate: isoDate, note: optionalText(1000) });

export const activitySchema = z.object({
  name: text(120).min(1),
  recurrence: z.enum(activityRecurrences),
  audience: z.enum(activityAudiences),
});

export const sessionSchema = z.object({
  heldOn: isoDate,
  activityId: uuid.nullable().optional(),
  visitors: z.number().int().min(0).max(500).default(0),
  note: optionalText(2000),
  attendance: z
    .array(
      z.object({
        participantId: uuid,
        contributions: z.array(z.enum(contributionKinds)).max(contributionKinds.length).default([]),
        note: optionalText(300),
      }),
    )
    .max(300),
  // Newcomers added on the spot: they become participants with an introduction today.
  newcomers: z
    .array(
      z.object({
        firstName: text(100).min(1),
        lastName: text(100).default(''),
        cameVia: z.enum(cameVia).default('walked_in'),
      }),
    )
    .max(50)
    .default([]),
});

/** A correction of a session already recorded: who was there and what they did. */
export const sessionCorrectionSchema = sessionSchema.pick({ visitors: true, note: true, attendance: true });
export const groupSessionParams = z.object({ id: uuid, sessionId: uuid });

export const logbookSchema = z.object({
  writtenOn: isoDate,
  text: text(8000).default(''),
  tags: z.array(z.enum(logbookTags)).max(logbookTags.length).default([]),
  balances: z.partialRecord(z.enum(balances), z.number().int().min(-2).max(2)).default({}),
  observations: z
    .array(z.object({ from: uuid, to: uuid, type: z.enum(groupSupportTypes) }))
    .max(100)
    .default([]),
});
export const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export const followUpSchema = z.object({
  how: z.enum(followUpWays).nullable().optional(),
  byKind: z.enum(followUpByKinds).nullable().optional(),
  byParticipant: uuid.nullable().optional(),
  doneOn: optionalDate,
  outcome: z.enum(followUpOutcomes).nullable().optional(),
  note: optionalText(2000),
});

export const houseRulesSchema = z.object({ agreedOn: isoDate, rules: z.array(text(300).min(1)).min(1).max(30) });

export const groupEvaluationParams = z.object({ id: uuid, kind: z.enum(groupEvaluationKinds) });
export const groupEvaluationSchema = z.object({
  heldOn: isoDate,
  subgoals: ratedGoals(groupSubgoals),
  whatWorked: optionalText(4000),
  neededToContinue: optionalText(4000),
});

export const assignInterviewSchema = z.object({ participantId: uuid, evaluatorId: uuid, plannedOn: optionalDate });
const tenScore = z.number().int().min(0).max(10).nullable();
export const interviewSchema = z.object({
  heldOn: optionalDate,
  scoreNow: tenScore.optional(),
  scoreBefore: tenScore.optional(),
  answers: z
    .array(z.object({ question: text(300).min(1), answer: optionalText(4000) }))
    .max(20)
    .default([]),
  report: optionalText(8000),
  themes: z.array(text(60).min(1)).max(20).default([]),
  memberCheckAgreed: z.boolean().nullable().optional(),
  memberCheckOn: optionalDate,
});
