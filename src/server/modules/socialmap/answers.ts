// The answers of the social map's API as the web app receives them (types only; shared/wire.ts).
import type { Answer } from '../../../shared/wire.js';
import type { getEntry } from './entries.js';
import type { searchEntries } from './search.js';
import type { suggestionsFor } from './suggestions.js';
import type { importCsv } from './transfer.js';
import type { upkeep } from './upkeep.js';

export type SocialMapEntry = Answer<typeof getEntry>;
export type SocialMapResults = Answer<typeof searchEntries>;
export type SocialMapHit = SocialMapResults['items'][number];
export type SocialMapUpkeep = Answer<typeof upkeep>;
export type SocialMapSuggestions = Answer<typeof suggestionsFor>;
export type SocialMapImport = Answer<typeof importCsv>;
