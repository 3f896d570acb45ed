// A person on a map for tests: an ordinary active acquaintance unless a test says otherwise.
import type { Alter } from './model.js';

export const alter = (id: string, fields: Partial<Alter>): Alter => ({
  id,
  key: id,
  name: id,
  kind: 'person',
  deceased: false,
  relationship: 'acquaintance',
  sector: 'friends',
  closeness: 2,
  channel: 'in_person',
  frequency: 'monthly',
  yearsKnown: null,
  quality: 'supportive',
  reachability: null,
  status: 'active',
  formal: false,
  mayBeOverburdened: false,
  receives: [],
  gives: [],
  placed: true,
  ...fields,
});
