import { WIKI } from '../core/wiki';

export default async function purgeOutputs() {
  await WIKI.models.agentOutputs.purge('P90D');
}
