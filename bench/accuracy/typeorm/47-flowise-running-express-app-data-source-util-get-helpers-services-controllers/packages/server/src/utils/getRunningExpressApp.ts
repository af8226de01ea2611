import { getInstance } from '../index';

export const getRunningExpressApp = function () {
  const runningExpressInstance = getInstance();
  if (typeof runningExpressInstance === 'undefined' || typeof runningExpressInstance.AppDataSource === 'undefined') {
    throw new Error('Error: getRunningExpressApp failed!');
  }
  return runningExpressInstance;
};
