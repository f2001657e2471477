/**
 * What an operation handler sees and returns. Handlers take the input read by the protocol layer
 * (member names of the model) and return the output object; the protocol layer serialises it.
 */
import type { Clock } from '../shared/clock.js';
import type { StageCaches } from '../shared/stage-caches.js';
import type { Store } from '../store/store.js';
import type { OperationInput } from './protocol/input.js';

export type OperationContext = {
  readonly store: Store;
  readonly clock: Clock;
  /** The account id that appears in ARNs and some error texts. */
  readonly account: string;
  readonly region: string;
  readonly requestId: string;
  /** The data plane's stage caches, when one serves the same store (FlushStage*Cache). */
  readonly caches?: StageCaches;
};

export type OperationHandler = (input: OperationInput, ctx: OperationContext) => Promise<unknown>;

/**
 * Declares a handler with the input type of the AWS SDK for the operation; the protocol layer has
 * checked the input against the same model, so the cast is sound.
 */
export function operation<I>(fn: (input: I, ctx: OperationContext) => Promise<unknown>): OperationHandler {
  return (input, ctx) => fn(input as unknown as I, ctx);
}
