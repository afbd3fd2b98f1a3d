import { createContext, useContext } from 'react';

/**
 * Self-completion (casi_ pages) hands the tablet to the respondent. While the respondent holds
 * it, the screen is locked to the questionnaire: no log-out, sync, list of interviews or other
 * screen, and the browser's back gesture returns to the interview. The runner sets the lock;
 * the shell obeys it.
 */
export interface RespondentLock {
  /** The interview the respondent is answering alone, if any. */
  lockedTo: string | undefined;
  setLockedTo: (instanceId: string | undefined) => void;
}

export const RespondentLockContext = createContext<RespondentLock>({ lockedTo: undefined, setLockedTo: () => undefined });

export function useRespondentLock(): RespondentLock {
  return useContext(RespondentLockContext);
}
