// One section of the console (src/app/routes.ts consoleSections), chosen by the address. Loaded
// lazily: an interviewer's tablet never downloads the desk's screens.
import type { ReactElement } from 'react';
import type { StoredSession } from '../../store';
import type { ConsoleSection } from '../routes';
import { AccountSection } from './AccountSection';
import { AuditSection } from './AuditSection';
import { CasesSection } from './CasesSection';
import { ExportsSection } from './ExportsSection';
import { ProgressSection } from './ProgressSection';
import { QualitySection } from './QualitySection';
import { QuestionnairesSection } from './QuestionnairesSection';
import { useConsoleText } from './texts';
import { UsersSection } from './UsersSection';

const ADMIN_SECTIONS: readonly ConsoleSection[] = ['users', 'audit'];

export default function ConsoleScreen({ section, id, session }: { section: ConsoleSection; id?: string; session: StoredSession }) {
  const c = useConsoleText();
  // One's own account (sessions, two-factor) is for every role of the console.
  if (section === 'account') return <AccountSection token={session.token} self={session.username} />;
  const forAdmin = ADMIN_SECTIONS.includes(section);
  if (forAdmin && session.role !== 'admin') return <main className="screen"><p className="form-error">{c('adminOnly')}</p></main>;
  if (!forAdmin && session.role !== 'manager') return <main className="screen"><p className="form-error">{c('managerOnly')}</p></main>;
  const token = session.token;
  const needsSurvey = (render: (survey: string) => ReactElement) => (id === undefined ? <main className="screen"><p>{c('chooseSurvey')}</p></main> : render(id));
  switch (section) {
    case 'users': return <UsersSection token={token} self={session.username} />;
    case 'audit': return <AuditSection token={token} />;
    case 'questionnaires': return <QuestionnairesSection token={token} />;
    case 'progress': return needsSurvey((survey) => <ProgressSection token={token} questionnaireId={survey} />);
    case 'quality': return needsSurvey((survey) => <QualitySection token={token} questionnaireId={survey} />);
    case 'cases': return needsSurvey((survey) => <CasesSection token={token} questionnaireId={survey} />);
    case 'exports': return needsSurvey((survey) => <ExportsSection token={token} questionnaireId={survey} />);
  }
}
