// The answers of the support-net groups' API as the web app receives them (types only; shared/wire.ts).
import type { Answer } from '../../../shared/wire.js';
import type { assignInterview, getInterview, groupInterviews, myInterviews } from './evaluation.js';
import type { groupDashboard, listGroups, staff } from './groups.js';
import type { listEntries, network } from './logbook.js';
import type { getParticipant } from './participants.js';
import type { addSession, listSessions } from './sessions.js';

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
/** A recorded session answers how many dropout follow-ups it opened. */
export type SessionRecorded = Answer<typeof addSession>;
export type GroupSession = Answer<typeof listSessions>[number];
/** An assigned interview answers what the coordinator should know (e.g. an evaluator who knows the person). */
export type InterviewAssigned = Answer<typeof assignInterview>;
