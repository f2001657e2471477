/** Time as the API Gateway wire format carries it: timestamps are epoch seconds. */
export type Clock = { nowEpochSeconds(): number };

export const systemClock: Clock = { nowEpochSeconds: () => Math.floor(Date.now() / 1000) };
