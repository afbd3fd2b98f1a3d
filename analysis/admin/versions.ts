/**
 * Submissions of each jurisdiction and year kept as versions (a file store described by a
 * manifest, `manifest.json`, strict schema). A new submission of the same country, year and
 * institution is a new version; the office marks a version accepted (or rejected) after its
 * checks; the regional table reads, for each country, year and institution, the accepted version
 * with the highest number — a later received but not yet accepted version does not replace it.
 */
import { z } from 'zod';
import { AnalysisError } from '../errors';

export const VERSION_STATUSES = ['received', 'accepted', 'rejected'] as const;

const versionSchema = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/),
  year: z.number().int().min(1900).max(2200),
  /** Reporting institution code of the template (1 police, 2 prosecution, 3 courts, 4 border police); '' for a national file covering all. */
  institution: z.string(),
  version: z.number().int().positive(),
  /** File name inside the store. */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(VERSION_STATUSES),
  received: z.string().min(1),
  decided: z.string().optional(),
  note: z.string().optional(),
});
export type SubmissionVersion = z.infer<typeof versionSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal('jha-admin-store/1'),
  versions: z.array(versionSchema),
});
export type StoreManifest = z.infer<typeof manifestSchema>;

export const emptyManifest = (): StoreManifest => ({ format: 'jha-admin-store/1', versions: [] });

export function parseManifest(json: unknown): StoreManifest {
  const r = manifestSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new AnalysisError('unreadable-file', `submission store manifest: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return r.data;
}

const slot = (v: { country: string; year: number; institution: string }): string => `${v.country}\u0000${v.year}\u0000${v.institution}`;

/** The number the next submission of this country, year and institution gets. */
export function nextVersion(manifest: StoreManifest, country: string, year: number, institution: string): number {
  const key = slot({ country, year, institution });
  return manifest.versions.filter((v) => slot(v) === key).reduce((m, v) => Math.max(m, v.version), 0) + 1;
}

/** For each country, year and institution: the accepted version with the highest number. */
export function latestAccepted(manifest: StoreManifest): SubmissionVersion[] {
  const best = new Map<string, SubmissionVersion>();
  for (const v of manifest.versions) {
    if (v.status !== 'accepted') continue;
    const cur = best.get(slot(v));
    if (!cur || v.version > cur.version) best.set(slot(v), v);
  }
  return [...best.values()].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year || a.institution.localeCompare(b.institution));
}

/** Marks a version accepted or rejected (a new manifest; the files are never changed). */
export function decide(manifest: StoreManifest, ref: { country: string; year: number; institution: string; version: number }, status: 'accepted' | 'rejected', when: string, note?: string): StoreManifest {
  const i = manifest.versions.findIndex((v) => slot(v) === slot(ref) && v.version === ref.version);
  if (i < 0) throw new AnalysisError('bad-option', `no version ${ref.version} of ${ref.country} ${ref.year}${ref.institution ? ` institution ${ref.institution}` : ''} in the store`);
  const versions = manifest.versions.slice();
  versions[i] = { ...versions[i], status, decided: when, ...(note ? { note } : {}) };
  return { ...manifest, versions };
}
