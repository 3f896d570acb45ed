// The answers of the support-net groups' API as the web app receives them (types only; shared/wire.ts).
import type { Answer } from '../../../shared/wire.js';
import type { getInterview, groupInterviews, myInterviews } from './evaluation.js';
import type { groupDashboard, listGroups, staff } from './groups.js';
import type { listEntries, network } from './logbook.js';
import type { getParticipant } from './participants.js';

export type GroupSummary = Answer<typeof listGroups>[number];
export type GroupDashboard = Answer<typeof groupDashboard>;
export type GroupParticipant = GroupDashboard['participants'][number];
export type Staff = Answer<typeof staff>[number];
export type Participant = Answer<typeof getParticipant>;
export type LogbookEntry = Answer<typeof listEntries>[number];
export type GroupNetwork = Answer<typeof network>;
export type GroupInterviews = Answer<typeof groupInterviews>;
export type MyInterview = Answer<typeof myInterviews>[number];
export type Interview = Answer<typeof getInterview>;
