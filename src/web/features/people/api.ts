// People's data: the query keys, reads and changes the people pages use. URLs live only here.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssignableUser } from '../../../server/modules/identity/answers.js';
import type { Created, Person, PersonSearchResult } from '../../../server/modules/people/answers.js';
import type { consentSchema, personPatchSchema, personSchema, personSearchSchema } from '../../../shared/schemas.js';
import { api } from '../../api.js';

type Search = z.input<typeof personSearchSchema>;

export const peopleKeys = {
  /** Every search list: a change to any person makes them stale. */
  lists: ['persons'] as const,
  person: (id: string | undefined) => ['person', id] as const,
};

export const peopleQueries = {
  search: (search: Search) =>
    queryOptions({
      queryKey: [...peopleKeys.lists, search],
      // A POST, so that names typed into the search box never appear in a URL.
      queryFn: () => api<PersonSearchResult>('POST', '/api/persons/search', search),
    }),
  person: (id: string | undefined) =>
    queryOptions({ queryKey: peopleKeys.person(id), queryFn: () => api<Person>('GET', `/api/persons/${id}`) }),
  assignable: () =>
    queryOptions({ queryKey: ['assignable'], queryFn: () => api<AssignableUser[]>('GET', '/api/users/assignable') }),
};

export const peopleCalls = {
  create: (person: z.input<typeof personSchema>) => api<Created>('POST', '/api/persons', person),
  update: (id: string, change: z.input<typeof personPatchSchema>) => api('PATCH', `/api/persons/${id}`, change),
  setAssignees: (id: string, userIds: string[]) => api('PUT', `/api/persons/${id}/assignees`, { userIds }),
  addConsent: (id: string, consent: z.input<typeof consentSchema>) =>
    api('POST', `/api/persons/${id}/consents`, consent),
  withdrawConsent: (id: string, consentId: string, withdrawnOn: string) =>
    api('POST', `/api/persons/${id}/consents/${consentId}/withdraw`, { withdrawnOn }),
};
