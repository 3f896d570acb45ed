import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../shared/roles.js';
import { inviteSchema } from '../../../shared/schemas.js';
import { formatDateTime } from '../../i18n/index.js';
import { useSession } from '../../session.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { Alert, Button, Card, CopyLink, Loading, Page } from '../../ui/basics.js';
import { applyServerErrors, blankToNull, oneOf } from '../../ui/forms.js';
import { identityCalls, identityKeys, identityQueries, useTeams } from './api.js';
import { DataTable } from '../../ui/DataTable.js';
import type { Team, User } from '../../../server/modules/identity/answers.js';

function InviteForm({ teams, onInvited }: { teams: Team[]; onInvited: (link: string) => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: '', displayName: '', role: 'coordinator' as const, teamId: null as string | null },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      const result = await identityCalls.invite(values);
      form.reset();
      onInvited(result.link);
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="stack">
      {message ? <Alert kind="error">{message}</Alert> : null}
      <TextField
        label={t('fields.name')}
        required
        error={errors.displayName?.message}
        {...form.register('displayName')}
      />
      <TextField
        label={t('fields.email')}
        type="email"
        required
        error={errors.email?.message}
        {...form.register('email')}
      />
      <SelectField
        label={t('fields.role')}
        hint={t('users.roleHint')}
        error={errors.role?.message}
        {...form.register('role')}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('fields.team')} {...form.register('teamId', { setValueAs: blankToNull })}>
        <option value="">{t('common.none')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" busy={form.formState.isSubmitting}>
        {t('users.invite')}
      </Button>
    </form>
  );
}

/** A change to one account; its error shows next to the control that caused it. */
function useUserChange(user: User) {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (change: Parameters<typeof identityCalls.updateUser>[1]) => identityCalls.updateUser(user.id, change),
    onMutate: () => setError(null),
    onSuccess: () => client.invalidateQueries({ queryKey: identityKeys.users }),
    onError: (e) => setError(e.message),
  });
  return { change: change.mutate, error, setError };
}

function CellError({ error }: { error: string | null }) {
  return error ? (
    <div className="field__error" role="alert">
      {error}
    </div>
  ) : null;
}

function RoleCell({ user }: { user: User }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const { change, error } = useUserChange(user);
  return (
    <>
      <select
        aria-label={t('users.roleOf', { name: user.displayName })}
        value={user.role}
        disabled={user.id === session?.user.id}
        onChange={(e) => change({ role: oneOf(roles, e.target.value, user.role) })}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <CellError error={error} />
    </>
  );
}

function TeamCell({ user, teams }: { user: User; teams: Team[] }) {
  const { t } = useTranslation();
  const { change, error } = useUserChange(user);
  return (
    <>
      <select
        aria-label={t('users.teamOf', { name: user.displayName })}
        value={user.teamId ?? ''}
        onChange={(e) => change({ teamId: e.target.value || null })}
      >
        <option value="">{t('common.none')}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <CellError error={error} />
    </>
  );
}

function ActionsCell({ user, onLink }: { user: User; onLink: (label: string, link: string) => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const { change, error, setError } = useUserChange(user);
  const link = async (kind: 'reset-link' | 'invitation-link') => {
    setError(null);
    try {
      const result = await identityCalls.newLink(user.id, kind);
      onLink(
        kind === 'reset-link'
          ? t('users.resetLinkFor', { name: user.displayName })
          : t('users.inviteLinkFor', { name: user.displayName }),
        result.link,
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const self = user.id === session?.user.id;
  return (
    <>
      {user.status === 'invited' ? (
        <Button variant="link" onClick={() => link('invitation-link')}>
          {t('users.newInviteLink')}
        </Button>
      ) : null}
      {user.status === 'active' ? (
        <Button variant="link" onClick={() => link('reset-link')}>
          {t('users.resetLink')}
        </Button>
      ) : null}
      {user.status === 'active' && !self ? (
        <Button variant="link" onClick={() => change({ status: 'deactivated' })}>
          {t('users.deactivate')}
        </Button>
      ) : null}
      {user.status === 'deactivated' || user.lockedUntil ? (
        <Button variant="link" onClick={() => change({ status: 'active' })}>
          {user.lockedUntil ? t('users.unlock') : t('users.activate')}
        </Button>
      ) : null}
      <CellError error={error} />
    </>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const users = useQuery(identityQueries.users());
  const teams = useTeams();
  const [handover, setHandover] = useState<{ label: string; link: string } | null>(null);
  return (
    <Page title={t('users.title')}>
      {handover ? (
        <Alert kind="success">
          <p>{t('users.linkReady')}</p>
          <CopyLink label={handover.label} link={handover.link} />
        </Alert>
      ) : null}
      <div className="grid-sidebar">
        <section aria-labelledby="users-list">
          <h2 id="users-list">{t('users.list')}</h2>
          {users.isLoading ? <Loading /> : null}
          {users.data ? (
            <DataTable
              rows={users.data}
              rowKey={(u) => u.id}
              columns={[
                {
                  key: 'name',
                  header: t('fields.name'),
                  rowHeader: true,
                  cell: (u) => (
                    <>
                      {u.displayName}
                      <div className="muted small">{u.email}</div>
                    </>
                  ),
                },
                { key: 'role', header: t('fields.role'), cell: (u) => <RoleCell user={u} /> },
                { key: 'team', header: t('fields.team'), cell: (u) => <TeamCell user={u} teams={teams.data ?? []} /> },
                {
                  key: 'status',
                  header: t('fields.status'),
                  cell: (u) => (
                    <>
                      {t(`users.status.${u.status}`)}
                      {u.lockedUntil ? <div className="badge badge--warning">{t('users.locked')}</div> : null}
                      {u.status === 'active' ? (
                        <div className="small muted">
                          {u.totpEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')}
                        </div>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'lastLogin',
                  header: t('users.lastLogin'),
                  cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : '—'),
                },
                {
                  key: 'actions',
                  header: <span className="visually-hidden">{t('common.actions')}</span>,
                  className: 'actions',
                  cell: (u) => <ActionsCell user={u} onLink={(label, link) => setHandover({ label, link })} />,
                },
              ]}
            />
          ) : null}
        </section>
        <Card title={t('users.inviteTitle')}>
          <p className="muted">{t('users.inviteIntro')}</p>
          <InviteForm
            teams={teams.data ?? []}
            onInvited={(link) => {
              setHandover({ label: t('users.inviteLink'), link });
              void client.invalidateQueries({ queryKey: identityKeys.users });
            }}
          />
        </Card>
      </div>
    </Page>
  );
}
