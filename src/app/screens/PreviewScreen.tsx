// A survey manager's preview of a published questionnaire: the runner in the chosen language
// (answers are not stored) and the linter's findings. Loaded lazily with SurveyJS and the linter.
import 'survey-core/survey-core.fontless.min.css';
import { useEffect, useMemo, useState } from 'react';
import { Survey } from 'survey-react-ui';
import type { LintFinding } from '../../questionnaire/types';
import { registerSelectionFunctions } from '../../questionnaire/selection';
import { registerSurveyLocales } from '../../questionnaire/ui-locales/register';
import { useI18n } from '../i18n';
import { useLive } from '../hooks/use-live';
import { navigate } from '../routes';
import { createSurveyModel } from '../runner/safe-model';
import { surveyLocaleOf } from '../runner/survey-locale';
import { useReportError } from '../services/device';
import { titleOf } from './HomeScreen';

registerSurveyLocales();
registerSelectionFunctions();

export default function PreviewScreen({ id, version }: { id: string; version: number }) {
  const { t, locale } = useI18n();
  const questionnaire = useLive((s) => s.getQuestionnaire(id, version).then((q) => q ?? null), `questionnaire:${id}@${version}`);
  const definition = questionnaire?.definition;
  const model = useMemo(() => (definition ? createSurveyModel(definition) : undefined), [definition]);
  const [findings, setFindings] = useState<LintFinding[]>();
  const report = useReportError();
  useEffect(() => {
    if (!definition) return;
    let live = true;
    // The linter (with SurveyJS's JSON Schema) is loaded only here, not with the interview runner.
    // The JSON Schema rules ran on the server at publication (they need eval, which the CSP forbids).
    void import('../../questionnaire/lint').then(({ lintQuestionnaire }) => {
      if (live) setFindings(lintQuestionnaire(definition, { fileName: `${id}@${version}`, schema: false }));
    }, report);
    return () => { live = false; };
  }, [definition, id, version, report]);
  useEffect(() => {
    if (model) model.locale = surveyLocaleOf(locale);
  }, [model, locale]);

  if (questionnaire === undefined) return <main className="screen"><p>{t('loading')}</p></main>;
  if (questionnaire === null || !model) return <main className="screen"><p>{t('questionnaireMissing')}</p></main>;
  return (
    <main className="screen interview-screen">
      <div className="interview-bar">
        <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
        <strong>{t('preview')}: {titleOf(questionnaire, locale)} · {t('version', { version })}</strong>
      </div>
      <p className="muted">{t('previewHelp')}</p>
      <section aria-labelledby="lint-heading" className="lint" data-testid="lint-findings">
        <h2 id="lint-heading">{t('lintFindings', { count: findings?.length ?? '…' })}</h2>
        {findings === undefined ? <p>{t('loading')}</p> : findings.length === 0 ? <p>{t('noLintFindings')}</p> : (
          <ul>
            {findings.map((f, i) => (
              <li key={i}>
                <code>{f.rule}</code>{f.question ? <> · <strong>{f.question}</strong></> : null}: {f.message}
                <div className="muted">{t('fixHint', { fix: f.fix })}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Survey model={model} />
    </main>
  );
}
