// The questionnaire runner. Loaded lazily (React.lazy) so SurveyJS stays out of the first
// screen's JavaScript; the service worker precaches this chunk and its CSS for offline use.
import 'survey-core/survey-core.fontless.min.css';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Model, PageModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { Locale } from '../../protocol';
import { Autosaver, type CachedQuestionnaire, type InterviewRecord, type Progress } from '../../store';
import { useI18n } from '../i18n';
import { navigate } from '../routes';
import { handOverBetween, isSelfCompletionPage, type HandOver } from '../runner/casi';
import { QuestionTimer } from '../runner/question-timer';
import { attachSelection } from '../runner/selection';
import { commentedQuestion } from '../runner/review-target';
import { lockPage, openInterviewModel, reopenInLocale } from '../runner/open-model';
import { registerSurveyLocales } from '../../questionnaire/ui-locales/register';
import { useDevice, useReportError } from '../services/device';
import { firstScreenShown } from '../services/first-screen';
import { useRespondentLock } from '../services/respondent-lock';

registerSurveyLocales();

type SaveState = 'saved' | 'saving' | 'failed';

/**
 * The autosave state lives outside React state so that a save does not re-render the runner
 * (and SurveyJS under the interviewer's fingers); only the indicator subscribes to it.
 */
class SaveStatus {
  private value: SaveState = 'saved';
  private readonly listeners = new Set<() => void>();
  get = (): SaveState => this.value;
  set = (value: SaveState): void => {
    if (value === this.value) return;
    this.value = value;
    this.listeners.forEach((l) => l());
  };
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };
}

function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useI18n();
  const state = useSyncExternalStore(status.subscribe, status.get);
  return (
    <>
      <span className={`save-state save-${state}`} data-testid="save-state" role="status">
        {state === 'saved' ? t('saved') : state === 'saving' ? t('saving') : t('notSaved')}
      </span>
      {state === 'failed' ? <button type="button" className="button" onClick={onRetry}>{t('retrySave')}</button> : null}
    </>
  );
}

export default function InterviewScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const { store } = useDevice();
  const report = useReportError();
  const [loaded, setLoaded] = useState<{ record: InterviewRecord; questionnaire: CachedQuestionnaire } | 'missing' | 'no-questionnaire'>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const record = await store.getInterviewWithAnswers(id);
      if (!record) return 'missing' as const;
      if (record.state !== 'draft') {
        navigate({ screen: record.state === 'finalized' ? 'finalize' : 'home', id });
        return undefined;
      }
      const questionnaire = await store.getQuestionnaire(record.questionnaireId, record.version);
      return questionnaire ? { record, questionnaire } : ('no-questionnaire' as const);
    })().then((value) => { if (live && value) setLoaded(value); }, report);
    return () => { live = false; };
  }, [id, store, report]);

  if (loaded === undefined) return <main className="screen"><p>{t('loading')}</p></main>;
  if (loaded === 'missing') return <main className="screen"><p>{t('notFoundInterview')}</p></main>;
  if (loaded === 'no-questionnaire') return <main className="screen"><p>{t('questionnaireMissing')}</p></main>;
  return <Runner record={loaded.record} definition={loaded.questionnaire.definition} />;
}

function Runner({ record, definition }: { record: InterviewRecord; definition: Record<string, unknown> }) {
  const { t, locale } = useI18n();
  const { store } = useDevice();
  const report = useReportError();
  const [saveStatus] = useState(() => new SaveStatus());
  const setSaveState = saveStatus.set;

  // Paradata, timer and locks per interview, living as long as this screen; the SurveyJS model
  // is built in the interview's language only and again when the language is switched.
  const session = useMemo(() => {
    const lockedPages = [...record.lockedPages];
    const model = openInterviewModel(definition, { locale: record.locale, data: record.data, page: record.pageNo, lockedPages });
    // A returned interview opens at the question the supervisor's comment is about.
    const target = record.review?.state === 'rejected' ? commentedQuestion(model, record.review.comment) : undefined;
    if (target?.page && target.page.isVisible) model.currentPage = target.page;
    const paradata = { ...record.paradata, languageSwitches: [...(record.paradata.languageSwitches ?? [])] };
    const timer = new QuestionTimer(() => Date.now(), { ...(record.paradata.questionTimes ?? {}) });
    const state = { locale: record.locale, completing: false, model };
    const snapshot = (): Progress => ({
      data: state.model.data as Record<string, unknown>,
      pageNo: state.model.currentPageNo,
      locale: state.locale,
      paradata: { ...paradata, questionTimes: timer.snapshot() },
      lockedPages: [...lockedPages],
    });
    return { paradata, timer, state, lockedPages, snapshot };
  }, [record, definition]);
  const [model, setModel] = useState(() => session.state.model);
  const [handOver, setHandOver] = useState<HandOver>(() => (isSelfCompletionPage(model.currentPage?.name) ? 'to-respondent' : undefined));
  const [pageName, setPageName] = useState<string | undefined>(() => model.currentPage?.name);
  // The respondent holds the tablet once the hand-over is accepted on a self-completion page.
  const respondentMode = handOver === undefined && isSelfCompletionPage(pageName);
  const { setLockedTo } = useRespondentLock();
  useEffect(() => {
    setLockedTo(respondentMode ? record.instanceId : undefined);
    return () => setLockedTo(undefined);
  }, [respondentMode, record.instanceId, setLockedTo]);
  const [confirmTakeBack, setConfirmTakeBack] = useState(false);

  const saver = useMemo(() => {
    // The record as last written: saveDraft writes over it only if nobody else wrote in between.
    let base = record;
    // Written at once, coalesced while a write is in flight (store/autosave.ts): the answer is
    // on its way to disk before React re-renders the question (issue 17 item 9).
    return new Autosaver<Progress>(async (p) => {
      setSaveState('saving');
      base = await store.saveDraft(base, p);
    }, { onError: (e) => { setSaveState('failed'); report(e); }, onSaved: () => setSaveState('saved') });
  }, [store, record, report, setSaveState]);

  useEffect(() => {
    const { timer, snapshot, lockedPages, state } = session;
    const save = () => {
      setSaveState('saving');
      saver.schedule(snapshot());
    };
    const flushNow = () => {
      saver.schedule(snapshot());
      return saver.flush().catch(() => undefined);
    };
    const onValue = (_: Model, o: { name: string }) => { timer.answered(o.name); save(); };
    const onFocus = (_: Model, o: { question: { name: string } }) => { timer.focus(o.question.name); };
    const onPageChanging = (_: Model, o: { oldCurrentPage: PageModel; newCurrentPage: PageModel }) => {
      if (isSelfCompletionPage(o.oldCurrentPage?.name) && !isSelfCompletionPage(o.newCurrentPage?.name) && !lockedPages.includes(o.oldCurrentPage.name)) {
        lockedPages.push(o.oldCurrentPage.name);
      }
    };
    const onPageChanged = (_: Model, o: { oldCurrentPage: PageModel; newCurrentPage: PageModel }) => {
      showPageStart();
      timer.pause();
      timer.resume();
      for (const name of lockedPages) lockPage(model.getPageByName(name));
      setHandOver(handOverBetween(o.oldCurrentPage?.name, o.newCurrentPage?.name));
      setPageName(o.newCurrentPage?.name);
      // A page change is a checkpoint: written at once, not after the debounce.
      setSaveState('saving');
      void flushNow();
    };
    // Locked self-completion pages are shown again for the instant of completion, so SurveyJS
    // does not clear their answers as "invisible".
    const onCompleting = () => {
      state.completing = true;
      for (const name of lockedPages) {
        const page = model.getPageByName(name);
        if (page) page.visible = true;
      }
    };
    const onComplete = () => {
      timer.pause();
      session.paradata.endedAt = new Date().toISOString();
      saver.cancel();
      void store.finalize(record.instanceId, snapshot()).then(
        () => navigate({ screen: 'finalize', id: record.instanceId }),
        (e: unknown) => { setSaveState('failed'); report(e); },
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        timer.pause();
        if (!state.completing) void flushNow();
      } else timer.resume();
    };
    const onPageHide = () => { if (!state.completing) void flushNow(); };

    // SurveyJS scrolls a new page only when it thinks it out of view, and knows nothing of the
    // sticky app bar: its first question stayed hidden under the bar. The app scrolls instead.
    const noSurveyScroll = (_: Model, o: { allow: boolean }) => { o.allow = false; };
    const detachSelection = attachSelection(model);
    model.onScrollToTop.add(noSurveyScroll);
    model.onValueChanged.add(onValue);
    model.onFocusInQuestion.add(onFocus);
    model.onCurrentPageChanging.add(onPageChanging);
    model.onCurrentPageChanged.add(onPageChanged);
    model.onCompleting.add(onCompleting);
    model.onComplete.add(onComplete);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    timer.resume();
    return () => {
      detachSelection();
      model.onScrollToTop.remove(noSurveyScroll);
      model.onValueChanged.remove(onValue);
      model.onFocusInQuestion.remove(onFocus);
      model.onCurrentPageChanging.remove(onPageChanging);
      model.onCurrentPageChanged.remove(onPageChanged);
      model.onCompleting.remove(onCompleting);
      model.onComplete.remove(onComplete);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      timer.pause();
      if (!state.completing && saver.dirty) void saver.flush().catch(() => undefined);
    };
  }, [session, model, saver, store, record.instanceId, report, setSaveState]);

  // The interface language switches the questionnaire's language too, recorded in the paradata:
  // the model is built again from the new language's texts (the others are not in it).
  const previous = useRef<Locale>(record.locale);
  useEffect(() => {
    if (previous.current === locale) return;
    const { paradata, state, snapshot, lockedPages } = session;
    paradata.languageSwitches.push({ at: new Date().toISOString(), from: previous.current, to: locale });
    previous.current = locale;
    state.locale = locale;
    state.model = reopenInLocale(definition, state.model, locale, lockedPages);
    setModel(state.model);
    setSaveState('saving');
    saver.schedule(snapshot());
  }, [locale, session, definition, saver, setSaveState]);

  // The interviewer takes the tablet back before the respondent finished the self-completion
  // part: its pages are locked as answered so far and the interview goes on at the next page.
  const takeBack = () => {
    setConfirmTakeBack(false);
    const next = model.visiblePages.slice(model.currentPageNo + 1).find((p) => !isSelfCompletionPage(p.name));
    if (next) model.currentPage = next;
    else setHandOver('to-interviewer');
  };

  // The same element object for the life of the model: React then skips SurveyJS's whole tree
  // when this screen re-renders for its own state (page name, hand-over) on every "Next".
  // A language switch brings a new model: a new Survey (keyed), not SurveyJS's model swapped under it.
  const survey = useMemo(() => <Survey key={model.locale} model={model} />, [model]);
  // The questionnaire is on the screen: the start-up sync round may run now.
  useEffect(() => { firstScreenShown(); }, []);

  const leave = () => {
    saver.schedule(session.snapshot());
    void saver.flush().then(() => navigate({ screen: 'home' }), () => undefined);
  };

  return (
    <main className="screen interview-screen">
      <div className="interview-bar">
        {respondentMode ? (
          confirmTakeBack ? (
            <span className="take-back" role="alertdialog" data-testid="confirm-take-back">
              {t('takeBackConfirm')}
              <button type="button" className="button danger" onClick={takeBack}>{t('takeBack')}</button>
              <button type="button" className="button secondary" onClick={() => setConfirmTakeBack(false)}>{t('cancel')}</button>
            </span>
          ) : <button type="button" className="button secondary" onClick={() => setConfirmTakeBack(true)} data-testid="take-back">{t('takeBack')}</button>
        ) : <button type="button" className="button secondary" onClick={leave}>{t('backHome')}</button>}
        {respondentMode ? null : <PageNavigator model={model} pageName={pageName} />}
        <SaveIndicator status={saveStatus} onRetry={() => void saver.flush().catch(() => undefined)} />
      </div>
      {record.review?.state === 'rejected' && record.review.comment ? (
        <p className="banner banner-warn review-comment" role="note" data-testid="review-comment-banner">
          {t('returnedWithComment', { comment: record.review.comment })}
        </p>
      ) : null}
      {handOver ? (
        <div className="hand-over" role="dialog" aria-modal="true" aria-labelledby="hand-over-title">
          <h2 id="hand-over-title">{handOver === 'to-respondent' ? t('handOverTitle') : t('handBackTitle')}</h2>
          {handOver === 'to-respondent' ? <p>{t('handOverText')}</p> : <p>{t('lockedSection')}</p>}
          <button type="button" className="button primary" onClick={() => setHandOver(undefined)}>
            {handOver === 'to-respondent' ? t('handOverContinue') : t('handBackContinue')}
          </button>
        </div>
      ) : survey}
    </main>
  );
}

/**
 * "Page X of Y" and a list of the pages the interviewer may go to (the visible ones; pages of
 * the self-completion part, once locked, are not visible): a long returned interview is corrected
 * without tapping through every page.
 */
function PageNavigator({ model, pageName }: { model: Model; pageName: string | undefined }) {
  const { t } = useI18n();
  const pages = model.visiblePages;
  const index = pages.findIndex((p) => p.name === pageName);
  if (pages.length < 2 || index < 0) return null;
  return (
    <label className="page-navigator" data-testid="page-navigator">
      <span>{t('pageOf', { page: index + 1, pages: pages.length })}</span>
      <select value={pageName} onChange={(e) => { const page = model.getPageByName(e.target.value); if (page) model.currentPage = page; }} aria-label={t('goToPage')}>
        {pages.map((p, i) => <option key={p.name} value={p.name}>{`${i + 1}. ${p.processedTitle || p.name}`}</option>)}
      </select>
    </label>
  );
}

/**
 * After "Next" (or a jump from the page list): the new page's start — its title and first
 * question — just below the sticky app bar (`scroll-padding-top` in styles.css makes
 * `scrollIntoView` leave the bar's height free). Two frames: React renders the page first.
 */
function showPageStart(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const page = document.querySelector('.interview-screen .sd-page');
    page?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }));
}
