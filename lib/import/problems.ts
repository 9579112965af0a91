import type { Diagnostic } from '../parse/types';

/**
 * Why a file cannot be imported, as a code the UI translates (lib/i18n.ts, `imp*` keys) with its parameters. Nothing is
 * written for a file with a problem; the others in the same batch are unaffected.
 */
export type ProblemCode =
  | 'too-large'
  | 'empty'
  | 'unsupported'
  | 'encoding'
  | 'not-minutes'
  | 'no-date'
  | 'pdf-no-text'
  | 'pdf-encrypted'
  | 'pdf-corrupt'
  | 'failed';

export interface Problem {
  code: ProblemCode;
  params?: Record<string, string | number>;
  /** what the parser said, when it got that far */
  diagnostics?: Diagnostic[];
}

export class ImportProblem extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}${problem.params ? ' ' + JSON.stringify(problem.params) : ''}`);
    this.name = 'ImportProblem';
  }
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ImportProblem) return error.problem;
  if (error && typeof error === 'object' && 'problem' in error) return (error as ImportProblem).problem;
  return { code: 'failed', params: { message: String((error as Error)?.message ?? error) } };
}
