// Cases and assignments of one survey: the assignment file, and each case's status, quantity,
// interviewer (reassign) and deletion (src/app/screens/supervision/AssignmentsPanel.tsx).
import { useLive } from '../hooks/use-live';
import { AssignmentsPanel } from '../screens/supervision/AssignmentsPanel';
import { useConsoleText } from './texts';

export function CasesSection({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const c = useConsoleText();
  // The listed (newest) version with its definition: the assignments panel reads its choices.
  const questionnaire = useLive(async (s) => {
    const listed = (await s.listQuestionnaires()).find((q) => q.id === questionnaireId);
    return (listed && (await s.getQuestionnaire(listed.id, listed.version))) ?? null;
  }, `questionnaire:${questionnaireId}`);
  return (
    <main className="screen" data-testid="cases-section">
      <h1>{c('navCases')}: <code>{questionnaireId}</code></h1>
      {questionnaire === undefined ? <p>{c('loading')}</p> : questionnaire === null ? <p>{c('chooseSurvey')}</p> : (
        <AssignmentsPanel token={token} questionnaireId={questionnaireId} definition={questionnaire.definition} onChange={() => undefined} />
      )}
    </main>
  );
}
