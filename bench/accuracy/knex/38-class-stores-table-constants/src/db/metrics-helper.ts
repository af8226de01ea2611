import type { EventEmitter } from 'node:events';

/** Times one store call; the returned function stops the timer. */
export const wrapTimer = (eventBus: EventEmitter, event: string, labels: Record<string, string>) => {
  const start = process.hrtime.bigint();
  return (): void => {
    eventBus.emit(event, { ...labels, time: Number(process.hrtime.bigint() - start) / 1e9 });
  };
};
