import type { IUnleashStores } from '../db/index';

export const scheduleServices = (stores: IUnleashStores, schedule: (fn: () => Promise<void>, ms: number, id: string) => void): void => {
  schedule(() => stores.agentOutputStore.clearOutputs(48), 12 * 60 * 60 * 1000, 'clearOutputs');
};
