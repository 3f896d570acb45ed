import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { signedOut } from '../api.js';
import { sessionCalls, sessionKey, useSession } from '../session.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, can, refresh, loading } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const logout = useMutation({
    mutationFn: sessionCalls.signOut,
    onSettled: async () => {
      // Signed out on purpose: nothing that fails now asks to sign in again (issue 14: the
      // sign-in-again dialog opened over the sign-in page), and nothing fetched stays in the page.
      signedOut();
      await client.cancelQueries();
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      await refresh();
      void navigate('/login');
    },
  });
  const links = [
    { to: '/', label: t('nav.home'), show: session?.stage === 'full' },
    { to: '/people', label: t('nav.people'), show: can('persons.read') },
    { to: '/coaching', label: t('coaching.nav'), show: can('coaching.manage') },
    { to: '/groups', label: t('groups.nav'), show: can('groups.work') },
    { to: '/social-map', label: t('socialMap.nav'), show: can('socialmap.read') },
    { to: '/interviews', label: t('groups.navInterviews'), show: can('interviews.work') },
    { to: '/coaching/mine', label: t('coaching.navMine'), show: can('coaching.work') && !can('coaching.manage') },
    { to: '/report', label: t('nav.report'), show: can('reports.read') },
    { to: '/admin/users', label: t('nav.users'), show: can('users.manage') },
    { to: '/admin/teams', label: t('nav.teams'), show: can('teams.manage') },
    { to: '/admin/settings', label: t('nav.settings'), show: can('settings.manage') },
    { to: '/admin/audit', label: t('nav.audit'), show: can('audit.read') },
    { to: '/admin/privacy', label: t('nav.privacy'), show: can('privacy.manage') },
  ].filter((l) => l.show);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="logo" aria-hidden="true" />
          <span>Kring</span>
          {session ? <span className="topbar__org">{session.organisation.name}</span> : null}
        </div>
        {/* While the session loads the row is already there, so nothing below it moves when the
            links arrive (issue 14: the whole page shifted on every first load). */}
        {session || loading ? (
          <nav aria-label={t('nav.main')} className="topbar__nav">
            <ul>
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.to === '/'}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="topbar__user">
          <LanguageSwitch />
          {session ? (
            <>
              <NavLink to="/account" className="topbar__account">
                {session.user.displayName}
              </NavLink>
              <button type="button" className="button button--link" onClick={() => logout.mutate()}>
                {t('nav.logout')}
              </button>
            </>
          ) : null}
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
