// Request contracts shared by server routes and browser forms. Messages come from zod's
// locale (nl or en), chosen per request on the server and per UI language in the browser.
import { z } from 'zod';
import { auditActions } from './audit.js';
import { isStorableText } from './storable.js';
import { consentPurposes, processingWork } from './consent.js';
import { roles } from './roles.js';
import { clock } from './clock.js';

/** Any text: only what PostgreSQL can store (no NUL, no half emoji), with a plain message. */
export const plainString = () => z.string().refine(isStorableText, { params: { code: 'unstorable' } });
export const text = (max: number) => plainString().trim().max(max);
export const optionalText = (max: number) =>
  plainString()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
/** The dates Kring accepts: a mistyped year (0026, 9999) is an error, not a date far away. */
export const firstDate = '1900-01-01';
export const lastDate = '2099-12-31';
export const isoDate = z.iso.date().refine((d) => d >= firstDate && d <= lastDate, { params: { code: 'dateRange' } });
/** A date a form may leave empty: an empty field means none. */
export const optionalDate = isoDate
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));
export const uuid = z.uuid();
/** A record's version number as the database keeps it (a 32-bit integer). */
export const versionNumber = (min: number) => z.number().int().min(min).max(2_147_483_647);

export const passwordSchema = z.string().min(12).max(200);
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const loginSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const totpCodeSchema = z.object({ code: z.string().trim().min(6).max(32) });
export const tokenSchema = z.object({ token: z.string().min(20).max(200) });
export const setupSchema = z.object({
  token: z.string().min(20).max(200),
  organisationName: text(200).min(2),
  displayName: text(200).min(1),
  email: emailSchema,
  password: passwordSchema,
});
export const acceptSchema = z.object({ token: z.string().min(20).max(200), password: passwordSchema });
export const localeSchema = z.object({ locale: z.enum(['nl', 'en']) });
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const inviteSchema = z.object({
  email: emailSchema,
  displayName: text(200).min(1),
  role: z.enum(roles),
  teamId: uuid.nullable().optional(),
});
export const updateUserSchema = z.object({
  displayName: text(200).min(1).optional(),
  role: z.enum(roles).optional(),
  teamId: uuid.nullable().optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});
export const teamSchema = z.object({ name: text(100).min(1) });
export const settingsSchema = z.object({
  name: text(200).min(2).optional(),
  requireTotp: z.boolean().optional(),
  idleTimeoutMinutes: z.number().int().min(5).max(480).optional(),
  /** The map model for new network maps; existing maps keep theirs. */
  networkModel: z.enum(['three_circles', 'lensink']).optional(),
  /** Kinds of work that rest on another legal basis than consent (issue 19), and that basis in words. */
  basisWithoutConsent: z.array(z.enum(processingWork)).max(processingWork.length).optional(),
  otherBasisNote: optionalText(500),
  /** How people reach the organisation, printed on what they take home (the map sheet). */
  contact: optionalText(300),
  /** After how many months without a check a social map entry asks "still correct?" (issue 15). */
  socialMapStaleMonths: z.number().int().min(1).max(36).optional(),
  /** The smallest count the funder report shows; 5 at least (issue 12). */
  reportThreshold: z.number().int().min(5).max(100).optional(),
  /** Whether the operator may add this organisation's counts to a regional report. */
  shareInRegionalReport: z.boolean().optional(),
  /** Own open questions for evaluation interviews in groups; null means Kring's neutral ones. */
  interviewQuestions: z.array(text(300).min(1)).min(1).max(10).nullable().optional(),
  /** Own names for rings and sectors; an empty name means the standard one. */
  networkLabels: z
    .record(z.string().regex(/^(rings\.(three_circles|lensink)\.[a-z_]+|sectors\.[a-z_]+)$/), z.string().trim().max(60))
    .refine((labels) => Object.keys(labels).length <= 40)
    .optional(),
});

/** A year of birth from 1900 up to this year; checked when parsed, so it stays right past New Year. */
export const yearOfBirthField = z
  .number()
  .int()
  .min(1900)
  .superRefine((year, ctx) => {
    const maximum = clock.year();
    if (year > maximum) ctx.addIssue({ code: 'too_big', origin: 'number', maximum, inclusive: true, input: year });
  });
export const phoneField = optionalText(40).refine((v) => v == null || /^[0-9+()\-\s]{6,40}$/.test(v), {
  params: { code: 'phone' },
});
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => (v === '' ? null : v))
  .pipe(z.email().max(254).nullable())
  .nullable()
  .optional();

/** What identifies a person, wherever one is created: the person form, a registration, a group. */
export const newPersonSchema = z.object({
  firstName: text(100).min(1),
  lastName: text(100).default(''),
  yearOfBirth: yearOfBirthField.nullable().optional(),
  phone: phoneField,
  email: emailField,
  neighbourhood: optionalText(100),
});
/**
 * Exactly one of an existing person (personId) or a new one (person), for a registration or a
 * group participant: `.refine(...onePerson)`.
 */
export const onePerson: [(v: { personId?: string; person?: unknown }) => boolean, { path: string[]; params: object }] =
  [(v) => (v.personId ? 1 : 0) + (v.person ? 1 : 0) === 1, { path: ['person'], params: { code: 'personOrId' } }];
const personFields = {
  ...newPersonSchema.shape,
  kind: z.enum(['client', 'participant']),
  lastName: text(100),
  teamId: uuid.nullable().optional(),
  notes: optionalText(5000),
};
export const personSchema = z.object({ ...personFields, lastName: personFields.lastName.default('') });
// No defaults here: a field left out of a change must stay as it is.
export const personPatchSchema = z.object(personFields).partial();
export const personSearchSchema = z.object({
  q: text(100).optional().default(''),
  kind: z.enum(['client', 'participant']).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional().default(0),
  limit: z.number().int().min(1).max(100).optional().default(50),
});
export const assignmentsSchema = z.object({ userIds: z.array(uuid).max(50) });

export const consentSchema = z.object({
  purpose: z.enum(consentPurposes),
  givenOn: isoDate,
  note: optionalText(500),
});
export const withdrawSchema = z.object({ withdrawnOn: isoDate });

export const auditQuerySchema = z.object({
  personId: uuid.optional(),
  userId: uuid.optional(),
  action: z.enum(auditActions).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  offset: z.coerce.number().int().min(0).optional().default(0),
  limit: z.coerce.number().int().min(1).max(500).optional().default(100),
});

/** A period of the funder report: whole days, both included, at most ten years. */
const periodFields = { from: isoDate, to: isoDate };
const periodRules = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((p) => p.from <= p.to, { path: ['to'], params: { code: 'periodOrder' } })
    .refine((p) => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) <= 10, {
      path: ['to'],
      params: { code: 'periodTooLong' },
    });
export const reportPeriodSchema = periodRules(z.object(periodFields));
/** The files a report is exported as. */
export const reportFormats = ['csv', 'xlsx', 'pdf'] as const;
export const reportExportSchema = periodRules(z.object({ ...periodFields, format: z.enum(reportFormats) }));

/** A name typed to find a person for the access log's filter; sent in a body, never in a URL. */
export const auditPersonLookupSchema = z.object({ q: text(100).min(2) });

/** A rating from 1 (not at all) to 5 (fully), or none. */
export const ratingScore = z.number().int().min(1).max(5).nullable();
const rated = z.object({ score: ratingScore, comment: optionalText(2000) });
/** One rating with a comment per goal, e.g. the method's subgoals ('1'…'7' or 'a'…'i'). */
export const ratedGoals = <K extends string>(goals: readonly K[]) =>
  z.object(Object.fromEntries(goals.map((g) => [g, rated])) as Record<K, typeof rated>);

export const idParams = z.object({ id: uuid });
export const personConsentParams = z.object({ id: uuid, consentId: uuid });
