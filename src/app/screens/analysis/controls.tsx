// The analysis screen's building blocks: a numbered step, a radio choice, a file drop zone and a
// column picker.
import { useState, type DragEvent, type ReactNode } from 'react';

export function Step({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="analysis-step">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function Radio({ name, checked, onChange, label, testId }: { name: string; checked: boolean; onChange: () => void; label: string; testId: string }) {
  return (
    <label className="check">
      <input type="radio" name={name} checked={checked} onChange={onChange} data-testid={testId} />
      {label}
    </label>
  );
}

/** A file picker that also takes a drop; with `multiple`, several files chosen or dropped together. */
export function DropZone({ onFiles, label, accept, testId, disabled, multiple = false }: { onFiles: (files: File[]) => void; label: string; accept: string; testId: string; disabled: boolean; multiple?: boolean }) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...e.dataTransfer.files]);
  };
  return (
    <label
      className={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}
    >
      {label}
      <input type="file" accept={accept} multiple={multiple} disabled={disabled} onChange={(e) => { onFiles([...(e.target.files ?? [])]); e.target.value = ''; }} data-testid={testId} />
    </label>
  );
}

export function ColumnSelect({ label, value, columns, onChange, extra, testId }: {
  label: string; value: string; columns: readonly string[]; onChange: (v: string) => void;
  extra: readonly { value: string; label: string }[]; testId: string;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {extra.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {columns.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
}
