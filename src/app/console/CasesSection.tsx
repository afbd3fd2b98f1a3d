// Cases and assignments of one survey: the assignment file, and each case's status, quantity,
// interviewer (reassign) and deletion (src/app/screens/supervision/AssignmentsPanel.tsx).
import { useLive } from '../hooks/use-live';
import { AssignmentsPanel } from '../screens/supervision/AssignmentsPanel';
import { useConsoleText } from './texts';

export function CasesSection({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const c = useConsoleText();
  const questionnaire = useLive((s) => s.listQuestionnaires().then((list) => list.find((q) => q.id === questionnaireId) ?? null), `questionnaire:${questionnaireId}`);
  return (
    <main className="screen" data-testid="cases-section">
      <h1>{c('navCases')}: <code>{questionnaireId}</code></h1>
      {questionnaire === undefined ? <p>{c('loading')}</p> : questionnaire === null ? <p>{c('chooseSurvey')}</p> : (
        <AssignmentsPanel token={token} questionnaireId={questionnaireId} definition={questionnaire.definition} onChange={() => undefined} />
      )}
    </main>
  );
}
