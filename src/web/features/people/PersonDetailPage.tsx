import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestionsPath } from '../socialmap/api.js';
import { Link, useParams } from 'react-router';
import { displayName } from '../../../shared/names.js';
import { peopleCalls, peopleKeys, peopleQueries } from './api.js';
import { formatDate, formatDateTime } from '../../i18n/index.js';
import { trajectoryPath } from '../coaching/api.js';
import { useSession } from '../../session.js';
import { CheckboxField } from '../../ui/Field.js';
import { Alert, Button, Card, Loading, Page } from '../../ui/basics.js';
import { MapsSection } from '../network/MapsSection.js';
import { ConsentSection } from './ConsentSection.js';
import type { Person } from '../../../server/modules/people/answers.js';

function Assignees({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<string[]>(person.assignees.map((a) => a.id));
  const candidates = useQuery({ ...peopleQueries.assignable(), enabled: editing });
  const save = useMutation({
    mutationFn: () => peopleCalls.setAssignees(person.id, chosen),
    onSuccess: async () => {
      setEditing(false);
      await client.invalidateQueries({ queryKey: peopleKeys.person(person.id) });
    },
  });
  return (
    <Card title={t('people.assignees')}>
      {person.assignees.length + person.coaches.length + person.groups.length === 0 ? (
        <p>{t('people.noAssignees')}</p>
      ) : null}
      <ul>
        {person.assignees.map((a) => (
          <li key={a.id}>
            {a.displayName} <span className="muted">({t(`roles.${a.role}`)})</span>
          </li>
        ))}
        {person.coaches.map((c) => (
          <li key={c.trajectoryId}>
            <Link to={trajectoryPath(c.trajectoryId)}>
              {t(c.status === 'active' ? 'people.coachOf' : 'people.coachProposed', { name: c.coach })}
            </Link>
            {c.since ? (
              <span className="muted"> · {t('coaching.match.since', { date: formatDate(c.since) })}</span>
            ) : null}
          </li>
        ))}
        {person.groups.map((g) => (
          <li key={g.participantId}>
            <Link to={`/groups/${g.groupId}`}>{t('people.inGroup', { name: g.name })}</Link>
          </li>
        ))}
      </ul>
      {can('persons.assign') && !editing ? (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {t('people.changeAssignees')}
        </Button>
      ) : null}
      {editing ? (
        <fieldset className="stack">
          <legend>{t('people.chooseAssignees')}</legend>
          {save.error ? <Alert kind="error">{save.error.message}</Alert> : null}
          {candidates.data?.map((u) => (
            <CheckboxField
              key={u.id}
              label={`${u.displayName} (${t(`roles.${u.role}`)})`}
              checked={chosen.includes(u.id)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, u.id] : chosen.filter((id) => id !== u.id))}
            />
          ))}
          <div className="button-row">
            <Button onClick={() => save.mutate()} busy={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </fieldset>
      ) : null}
    </Card>
  );
}

export function PersonDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can } = useSession();
  const person = useQuery({ ...peopleQueries.person(id), retry: false });
  if (person.error) {
    return (
      <Page title={t('people.notFoundTitle')}>
        <Alert kind="error">{person.error.message}</Alert>
        <Link to="/people">{t('people.backToList')}</Link>
      </Page>
    );
  }
  if (!person.data) return <Loading />;
  const p = person.data;
  const dash = (v: string | number | null) => (v === null || v === '' ? '—' : v);
  return (
    <Page
      title={displayName(p)}
      actions={
        <>
          {can('socialmap.read') ? (
            <Link className="button button--secondary" to={suggestionsPath(p.id)}>
              {t('socialMap.suggest.link')}
            </Link>
          ) : null}
          {can('persons.write') ? (
            <Link className="button button--secondary" to={`/people/${p.id}/edit`}>
              {t('common.edit')}
            </Link>
          ) : null}
        </>
      }
    >
      <p className="muted">
        <Link to="/people">← {t('people.backToList')}</Link>
      </p>
      <div className="grid-2">
        <Card title={t('people.details')}>
          <dl className="details">
            <dt>{t('fields.kind')}</dt>
            <dd>{t(`kinds.${p.kind}`)}</dd>
            <dt>{t('fields.yearOfBirth')}</dt>
            <dd>{dash(p.yearOfBirth)}</dd>
            <dt>{t('fields.phone')}</dt>
            <dd>{dash(p.phone)}</dd>
            <dt>{t('fields.email')}</dt>
            <dd>{dash(p.email)}</dd>
            <dt>{t('fields.neighbourhood')}</dt>
            <dd>{dash(p.neighbourhood)}</dd>
            <dt>{t('fields.team')}</dt>
            <dd>{dash(p.teamName)}</dd>
            <dt>{t('people.reference')}</dt>
            <dd>
              <code className="small">{p.id}</code>
            </dd>
            <dt>{t('people.lastChange')}</dt>
            <dd>{formatDateTime(p.updatedAt)}</dd>
          </dl>
          {p.notes ? (
            <div className="sensitive">
              <h3>{t('fields.notes')}</h3>
              <p className="pre-wrap">{p.notes}</p>
            </div>
          ) : null}
        </Card>
        <Assignees person={p} />
      </div>
      {can('network.read') ? <MapsSection personId={p.id} canWrite={can('network.write')} /> : null}
      <ConsentSection personId={p.id} consents={p.consents} canWrite={can('consents.write')} />
    </Page>
  );
}
