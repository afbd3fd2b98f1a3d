// Step 2 of the analysis: the survey design — picked from the data's columns in a form, or a
// design.json (the file `jha-survey analyze indicators --design` reads). Both are a DesignSpec.
import { readDesignSpec, type DesignSpec } from '../../../../analysis/design-spec';
import { isUnweighted, LONELY_PSU_POLICIES, UNWEIGHTED, type DesignForm, type LonelyPsuPolicy } from '../../analysis/design-form';
import { toFailure } from '../../analysis/failure';
import type { JobState } from '../../analysis/use-job';
import { useI18n, type Translate } from '../../i18n';
import { ColumnSelect, Radio, Step } from './controls';
import type { LoadedData } from './DataStep';

export type DesignMode = 'form' | 'file';
/** A design.json the analyst picked, read into the spec. */
export interface LoadedDesign { readonly name: string; readonly design: DesignSpec }

export function DesignStep({ data, mode, onMode, form, onForm, file, onFile, design, job }: {
  data: LoadedData | undefined; mode: DesignMode; onMode: (m: DesignMode) => void;
  form: DesignForm | undefined; onForm: (f: DesignForm) => void;
  file: LoadedDesign | undefined; onFile: (f: LoadedDesign | undefined) => void;
  design: DesignSpec | undefined; job: JobState;
}) {
  const { t } = useI18n();
  const pickDesign = (chosen: File | undefined) => {
    if (!chosen) return;
    onFile(undefined);
    // Bytes, not text: readDesignSpec accepts a BOM, UTF-16 and every line ending, as the CLI does.
    void chosen.arrayBuffer().then((buffer) => {
      try {
        onFile({ name: chosen.name, design: readDesignSpec(new Uint8Array(buffer)) });
        job.setFailure(undefined);
      } catch (err) {
        job.setFailure(toFailure(err));
      }
    }, (err: unknown) => job.setFailure(toFailure(err)));
  };

  return (
    <Step title={t('designTitle')} id="analysis-design">
      <div className="choice" role="radiogroup" aria-label={t('designTitle')}>
        <Radio name="design" checked={mode === 'form'} onChange={() => onMode('form')} label={t('designFromForm')} testId="design-form" />
        <Radio name="design" checked={mode === 'file'} onChange={() => onMode('file')} label={t('designFromFile')} testId="design-upload" />
      </div>
      {mode === 'file' ? (
        <>
          <label className="file-field">
            {t('chooseDesignFile')}
            <input type="file" accept=".json,application/json" onChange={(e) => pickDesign(e.target.files?.[0])} data-testid="design-file" />
          </label>
          {file ? <p className="muted" data-testid="design-loaded">{t('designLoaded', { name: file.name })}</p> : null}
        </>
      ) : !data || !form ? <p className="muted">{t('needData')}</p> : (
        <DesignFields form={form} columns={data.summary.columns} onChange={onForm} t={t} />
      )}
      {design && isUnweighted(design) ? <p className="banner banner-warn" role="note" data-testid="unweighted-note">{t('unweightedWarning')}</p> : null}
    </Step>
  );
}

function DesignFields({ form, columns, onChange, t }: { form: DesignForm; columns: readonly string[]; onChange: (f: DesignForm) => void; t: Translate }) {
  const set = (patch: Partial<DesignForm>) => onChange({ ...form, ...patch });
  const none = [{ value: '', label: t('noneOption') }];
  const unweighted = form.weight === UNWEIGHTED;
  return (
    <div className="design-grid">
      <ColumnSelect
        label={t('weightPerson')} value={form.weight} columns={columns} testId="weight"
        extra={[{ value: UNWEIGHTED, label: t('unweightedOption') }]}
        onChange={(weight) => set(weight === UNWEIGHTED ? { weight, weightHh: '' } : { weight })}
      />
      {unweighted ? null : (
        <ColumnSelect
          label={t('weightHousehold')} value={form.weightHh} columns={columns} testId="weight-hh"
          extra={[{ value: '', label: t('weightHhDefault') }]} onChange={(weightHh) => set({ weightHh })}
        />
      )}
      <ColumnSelect label={t('strata')} value={form.strata} columns={columns} extra={none} testId="strata" onChange={(strata) => set({ strata })} />
      <ColumnSelect label={t('psu')} value={form.psu} columns={columns} extra={none} testId="psu" onChange={(psu) => set({ psu })} />
      <ColumnSelect label={t('fpc')} value={form.fpc} columns={columns} extra={none} testId="fpc" onChange={(fpc) => set({ fpc })} />
      <label>
        {t('lonelyPsu')}
        <select value={form.lonelyPsu} onChange={(e) => set({ lonelyPsu: e.target.value as LonelyPsuPolicy })} data-testid="lonely-psu">
          {LONELY_PSU_POLICIES.map((p) => <option key={p} value={p}>{t(`lonely_${p}`)}</option>)}
        </select>
      </label>
    </div>
  );
}
