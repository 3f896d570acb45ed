import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Card, Loading, Page } from '../../ui/basics.js';
import { identityCalls, identityKeys, useTeams } from './api.js';

function TeamRow({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [value, setValue] = useState(name);
  const rename = useMutation({
    mutationFn: () => identityCalls.renameTeam(id, value),
    onSuccess: () => client.invalidateQueries({ queryKey: identityKeys.teams }),
  });
  return (
    <li className="inline-form">
      <TextField
        label={t('teams.nameOf', { name })}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={rename.error?.message}
      />
      <Button variant="secondary" onClick={() => rename.mutate()} disabled={value === name} busy={rename.isPending}>
        {t('common.save')}
      </Button>
    </li>
  );
}

export function TeamsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const teams = useTeams();
  const [name, setName] = useState('');
  const add = useMutation({
    mutationFn: () => identityCalls.addTeam(name),
    onSuccess: async () => {
      setName('');
      await client.invalidateQueries({ queryKey: identityKeys.teams });
    },
  });
  return (
    <Page title={t('teams.title')}>
      <p>{t('teams.intro')}</p>
      <div className="grid-sidebar">
        <section aria-labelledby="teams-list">
          <h2 id="teams-list">{t('teams.list')}</h2>
          {teams.isLoading ? <Loading /> : null}
          {teams.data?.length === 0 ? <p>{t('teams.empty')}</p> : null}
          <ul className="plain-list">
            {teams.data?.map((team) => (
              <TeamRow key={team.id} id={team.id} name={team.name} />
            ))}
          </ul>
        </section>
        <Card title={t('teams.add')}>
          <form
            className="stack"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate();
            }}
          >
            {add.isSuccess ? <Alert kind="success">{t('teams.added')}</Alert> : null}
            <TextField
              label={t('fields.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={add.error?.message}
            />
            <Button type="submit" busy={add.isPending}>
              {t('teams.add')}
            </Button>
          </form>
        </Card>
      </div>
    </Page>
  );
}
