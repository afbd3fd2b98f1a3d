// The desk layout of the manager's and admin's console (issue 14 item 7): a top bar with the
// survey switcher, the language and the account, and a side navigation between the parts of a
// survey's administration. The interviewer's tablet keeps its own header (StatusBar); this one
// is for a desktop screen and for the roles that sit at one.
import type { ReactNode } from 'react';
import type { StoredSession } from '../../store';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useLive } from '../hooks/use-live';
import { useI18n } from '../i18n';
import { hrefOf, navigate, type Route } from '../routes';
import { titleOf } from '../screens/HomeScreen';
import { useConsoleText, type ConsoleKey } from './texts';
import { rememberSurvey, surveyOf } from './survey-choice';

export { usesConsole } from './roles';

interface NavItem {
  key: ConsoleKey;
  route: Route;
  /** This item is the current screen. */
  current: boolean;
}

function navItems(route: Route, role: StoredSession['role'], survey: string | undefined): NavItem[] {
  const section = route.screen === 'console' ? route.section : undefined;
  const items: NavItem[] = [{ key: 'navSurveys', route: { screen: 'home' }, current: route.screen === 'home' }];
  if (role === 'manager') {
    items.push({ key: 'navQuestionnaires', route: { screen: 'console', section: 'questionnaires' }, current: section === 'questionnaires' });
    if (survey !== undefined) {
      items.push(
        { key: 'navReview', route: { screen: 'supervise', id: survey }, current: route.screen === 'supervise' },
        { key: 'navProgress', route: { screen: 'console', section: 'progress', id: survey }, current: section === 'progress' },
        { key: 'navQuality', route: { screen: 'console', section: 'quality', id: survey }, current: section === 'quality' },
        { key: 'navCases', route: { screen: 'console', section: 'cases', id: survey }, current: section === 'cases' },
        { key: 'navExports', route: { screen: 'console', section: 'exports', id: survey }, current: section === 'exports' },
      );
    }
  }
  if (role === 'admin') {
    items.push(
      { key: 'navUsers', route: { screen: 'console', section: 'users' }, current: section === 'users' },
      { key: 'navAudit', route: { screen: 'console', section: 'audit' }, current: section === 'audit' },
    );
  }
  items.push({ key: 'navAccount', route: { screen: 'console', section: 'account' }, current: section === 'account' });
  return items;
}

/** The same place for another survey: a survey's section keeps its section, anything else goes to its review. */
function routeForSurvey(route: Route, id: string): Route {
  if (route.screen === 'console' && route.id !== undefined) return { ...route, id };
  return { screen: 'supervise', id };
}

interface Props {
  session: StoredSession;
  route: Route;
  onLogOut: () => void;
  online: boolean;
  children: ReactNode;
}

export function ConsoleLayout({ session, route, onLogOut, online, children }: Props) {
  const { t, locale } = useI18n();
  const c = useConsoleText();
  const questionnaires = useLive((s) => s.listQuestionnaires(), 'questionnaires');
  const survey = surveyOf(route, questionnaires?.map((q) => q.id) ?? []);
  const items = navItems(route, session.role, survey);
  return (
    <div className="console" data-testid="console">
      <header className="console-bar">
        <strong className="app-name">{t('appName')}</strong>
        {session.role === 'manager' && questionnaires && questionnaires.length > 0 ? (
          <label className="survey-switcher">
            <span>{c('survey')}</span>
            <select
              value={survey ?? ''} data-testid="survey-switcher"
              onChange={(e) => { rememberSurvey(e.target.value); navigate(routeForSurvey(route, e.target.value)); }}
            >
              {questionnaires.map((q) => <option key={q.id} value={q.id}>{titleOf(q, locale, q.id)}</option>)}
            </select>
          </label>
        ) : null}
        <span className={`net ${online ? 'net-on' : 'net-off'}`} data-testid="network" data-state={online ? 'online' : 'offline'} role="status">{online ? t('online') : t('offline')}</span>
        <LanguageSwitcher />
        <span data-testid="who">{t('loggedInAs', { user: session.username, role: session.role })}</span>
        <button type="button" className="button secondary" onClick={onLogOut} data-testid="log-out">{t('logOut')}</button>
      </header>
      <nav className="console-nav" aria-label={c('consoleNav')}>
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              <a href={hrefOf(item.route)} aria-current={item.current ? 'page' : undefined} data-testid={`nav-${item.key}`}>{c(item.key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="console-main">{children}</div>
    </div>
  );
}
