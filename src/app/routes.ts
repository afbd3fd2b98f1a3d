/** The sections of the manager's and admin's console (side navigation), in its order. */
export const consoleSections = ['questionnaires', 'progress', 'quality', 'cases', 'exports', 'users', 'audit', 'account'] as const;
export type ConsoleSection = (typeof consoleSections)[number];
const isConsoleSection = (s: string | undefined): s is ConsoleSection => (consoleSections as readonly string[]).includes(s ?? '');

/** Hash routes, so a reload (or a killed tab reopened) lands on the same screen. */
export type Route =
  | { screen: 'console'; section: ConsoleSection; id?: string }
  | { screen: 'home' }
  | { screen: 'login' }
  | { screen: 'analysis' }
  | { screen: 'interview'; id: string }
  | { screen: 'finalize'; id: string }
  | { screen: 'case'; id: string }
  | { screen: 'backup'; id?: string }
  | { screen: 'preview'; id: string; version: number }
  | { screen: 'supervise'; id: string; instanceId?: string };

export function parseRoute(hash: string): Route {
  const [, screen, id, version] = hash.replace(/^#/, '').split('/');
  if (screen === 'preview' && id && /^\d+$/.test(version ?? '')) return { screen, id: decodeURIComponent(id), version: Number(version) };
  if ((screen === 'interview' || screen === 'finalize' || screen === 'case') && id) return { screen, id: decodeURIComponent(id) };
  if (screen === 'backup') return id ? { screen, id: decodeURIComponent(id) } : { screen };
  if (screen === 'login') return { screen: 'login' };
  if (screen === 'analysis') return { screen: 'analysis' };
  if (screen === 'console' && isConsoleSection(id)) return version ? { screen, section: id, id: decodeURIComponent(version) } : { screen, section: id };
  if (screen === 'supervise' && id) return version ? { screen, id: decodeURIComponent(id), instanceId: decodeURIComponent(version) } : { screen, id: decodeURIComponent(id) };
  return { screen: 'home' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'home': return '#/';
    case 'login': return '#/login';
    case 'analysis': return '#/analysis';
    case 'backup': return route.id ? `#/backup/${encodeURIComponent(route.id)}` : '#/backup';
    case 'preview': return `#/preview/${encodeURIComponent(route.id)}/${route.version}`;
    case 'console': return `#/console/${route.section}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
    case 'supervise': return `#/supervise/${encodeURIComponent(route.id)}${route.instanceId ? `/${encodeURIComponent(route.instanceId)}` : ''}`;
    default: return `#/${route.screen}/${encodeURIComponent(route.id)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
