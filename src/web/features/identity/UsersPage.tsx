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
import { TableWrap } from '../../ui/TableWrap.js';
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

function UserRow({
  user,
  teams,
  onLink,
}: {
  user: User;
  teams: Team[];
  onLink: (label: string, link: string) => void;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (change: Parameters<typeof identityCalls.updateUser>[1]) => identityCalls.updateUser(user.id, change),
    onSuccess: () => client.invalidateQueries({ queryKey: identityKeys.users }),
    onError: (e) => setError(e.message),
  });
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
    <tr>
      <th scope="row">
        {user.displayName}
        <div className="muted small">{user.email}</div>
        {error ? (
          <div className="field__error" role="alert">
            {error}
          </div>
        ) : null}
      </th>
      <td>
        <select
          aria-label={t('users.roleOf', { name: user.displayName })}
          value={user.role}
          disabled={self}
          onChange={(e) => change.mutate({ role: oneOf(roles, e.target.value, user.role) })}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('users.teamOf', { name: user.displayName })}
          value={user.teamId ?? ''}
          onChange={(e) => change.mutate({ teamId: e.target.value || null })}
        >
          <option value="">{t('common.none')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        {t(`users.status.${user.status}`)}
        {user.lockedUntil ? <div className="badge badge--warning">{t('users.locked')}</div> : null}
        {user.status === 'active' ? (
          <div className="small muted">{user.totpEnabled ? t('users.twoFactorOn') : t('users.twoFactorOff')}</div>
        ) : null}
      </td>
      <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'}</td>
      <td className="actions">
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
          <Button variant="link" onClick={() => change.mutate({ status: 'deactivated' })}>
            {t('users.deactivate')}
          </Button>
        ) : null}
        {user.status === 'deactivated' || user.lockedUntil ? (
          <Button variant="link" onClick={() => change.mutate({ status: 'active' })}>
            {user.lockedUntil ? t('users.unlock') : t('users.activate')}
          </Button>
        ) : null}
      </td>
    </tr>
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
            <TableWrap>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.name')}</th>
                    <th scope="col">{t('fields.role')}</th>
                    <th scope="col">{t('fields.team')}</th>
                    <th scope="col">{t('fields.status')}</th>
                    <th scope="col">{t('users.lastLogin')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {users.data.map((u) => (
                    <UserRow
                      key={u.id}
                      user={u}
                      teams={teams.data ?? []}
                      onLink={(label, link) => setHandover({ label, link })}
                    />
                  ))}
                </tbody>
              </table>
            </TableWrap>
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
