/** What a CLI run reads and writes: injectable so tests can run the real command path in-process. */
import type { PyValue } from './output/value.js';
import type { Param } from './values.js';

export type CliIo = {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  /** Whether stdout is a terminal (table width, pager, colour). */
  readonly isTty: boolean;
  readonly columns: number;
};

/**
 * Replaces the HTTP call (tests): given the operation and its validated parameters, returns the
 * parsed response as botocore would have produced it.
 */
export type CallOverride = (operationName: string, params: Param) => Promise<PyValue>;
