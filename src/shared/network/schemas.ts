// Request contracts for network maps, shared by the server and the map editor.
import { z } from 'zod';
import { isoDate, versionNumber } from '../schemas.js';
import {
  alterKinds,
  channels,
  frequencies,
  mapKinds,
  mapLabels,
  qualities,
  reachabilities,
  relationships,
  sectorKinds,
  strategies,
  supportTypes,
  tieStatuses,
} from './model.js';

export const maxAlters = 500;
const supportList = z
  .array(z.enum(supportTypes))
  .max(supportTypes.length)
  .transform((list) => [...new Set(list)]);

// Without defaults: a change names only what changes (defaults would overwrite the rest).
const alterBase = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(alterKinds),
  deceased: z.boolean(),
  relationship: z.enum(relationships),
  sector: z.enum(sectorKinds),
  closeness: z.number().int().min(1).max(4),
  channel: z.enum(channels),
  frequency: z.enum(frequencies).nullable(),
  yearsKnown: z.number().int().min(0).max(120).nullable(),
  quality: z.enum(qualities),
  reachability: z.enum(reachabilities).nullable(),
  status: z.enum(tieStatuses),
  formal: z.boolean(),
  mayBeOverburdened: z.boolean(),
  receives: supportList,
  gives: supportList,
  strategy: z.enum(strategies).nullable(),
  note: z.string().trim().max(2000).nullable(),
  /** False from quick-add; choosing a ring or sector places the alter (service.updateAlter). */
  placed: z.boolean(),
});
export const alterChanges = alterBase.partial();

/** A new alter: only the name is needed (quick-add in a conversation); the rest has defaults. */
export const alterFields = alterBase.extend({
  kind: alterBase.shape.kind.default('person'),
  deceased: alterBase.shape.deceased.default(false),
  relationship: alterBase.shape.relationship.default('acquaintance'),
  sector: alterBase.shape.sector.default('friends'),
  closeness: alterBase.shape.closeness.default(2),
  channel: alterBase.shape.channel.default('in_person'),
  frequency: alterBase.shape.frequency.default(null),
  yearsKnown: alterBase.shape.yearsKnown.default(null),
  quality: alterBase.shape.quality.default('supportive'),
  reachability: alterBase.shape.reachability.default(null),
  status: alterBase.shape.status.default('active'),
  formal: alterBase.shape.formal.default(false),
  mayBeOverburdened: alterBase.shape.mayBeOverburdened.default(false),
  receives: alterBase.shape.receives.default([]),
  gives: alterBase.shape.gives.default([]),
  strategy: alterBase.shape.strategy.default(null),
  note: alterBase.shape.note.default(null),
  placed: alterBase.shape.placed.default(true),
});
export type AlterFields = z.output<typeof alterFields>;

export const newMapSchema = z.object({
  kind: z.enum(mapKinds),
  label: z.enum(mapLabels),
  labelNote: z.string().trim().max(100).nullable().optional(),
  takenOn: isoDate,
  /** Start from a copy of an earlier map of the same person (alters keep their key). */
  copyFromMapId: z.uuid().optional(),
});

const versioned = { version: versionNumber(1) };
export const addAltersSchema = z.object({ ...versioned, alters: z.array(alterFields).min(1).max(maxAlters) });
export const updateAlterSchema = z.object({ ...versioned, changes: alterChanges });
export const tiesSchema = z.object({ ...versioned, ties: z.array(z.object({ a: z.uuid(), b: z.uuid() })).max(5000) });
export const compareQuery = z.object({ from: z.uuid(), to: z.uuid() });
export const mapAlterParams = z.object({ id: z.uuid(), alterId: z.uuid() });

export const exportQuery = z.object({ format: z.enum(['json', 'csv', 'csv_ties', 'graphml']) });
export const importSchema = z.object({
  version: versionNumber(1),
  format: z.enum(['json', 'csv']),
  content: z.string().max(200_000),
  /** Only check and show what would be imported. */
  dryRun: z.boolean().default(true),
});
