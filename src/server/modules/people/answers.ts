// The answers of the people API as the web app receives them (types only; see shared/wire.ts).
import type { Answer } from '../../../shared/wire.js';
import type { create, detail, search } from './service.js';

export type PersonSearchResult = Answer<typeof search>;
export type PersonListItem = PersonSearchResult['items'][number];
export type Person = Answer<typeof detail>;
export type Consent = Person['consents'][number];
/** What creating a record answers: its new id. */
export type Created = Answer<typeof create>;
