/** One lint finding: where, what is wrong, and how to fix it (one line each on the CLI). */
export interface LintFinding {
  file?: string;
  /** Question, page or element name; absent for questionnaire-level findings. */
  question?: string;
  /** Stable rule id, e.g. `schema`, `duplicate-name`, `expression-unknown-name`. */
  rule: string;
  message: string;
  fix: string;
}

export interface LintOptions {
  fileName?: string;
  /** The previously published version, to catch removed or reused names and values. */
  previous?: unknown;
  /** Survey variables the app sets at run time (survey.setVariable), valid in expressions. */
  variables?: readonly string[];
  /** Expression functions the app registers besides SurveyJS's built-ins. */
  functions?: readonly string[];
  /**
   * Run the SurveyJS JSON Schema rules (`schema`, `unknown-property`); default true. The app's
   * preview turns them off: their validators are compiled to code at run time, which the app's
   * Content-Security-Policy forbids (no eval), and the server ran them when it published the version.
   */
  schema?: boolean;
}
