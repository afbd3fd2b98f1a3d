import type { StoredSession } from '../../store';

/** The roles that get the console instead of the tablet layout. */
export function usesConsole(role: StoredSession['role']): boolean {
  return role === 'manager' || role === 'admin';
}
