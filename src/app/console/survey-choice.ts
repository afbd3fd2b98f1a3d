// Which survey the console shows: the one in the address (a link or a reload lands on it), else
// the one chosen last on this computer, else the first published.
import type { Route } from '../routes';

const KEY = 'jha-console-survey';

export function rememberSurvey(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // storage refused (private mode): the address still carries the choice
  }
}

function remembered(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function surveyOf(route: Route, published: readonly string[]): string | undefined {
  if (route.screen === 'supervise' || (route.screen === 'console' && route.id !== undefined)) return route.id;
  const last = remembered();
  if (last !== undefined && published.includes(last)) return last;
  return published[0];
}
