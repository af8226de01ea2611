import { ofKind, since } from './filters';
import { AgentOutput } from './models/AgentOutput';

export async function emails() {
  return AgentOutput.query().modify(ofKind, 'email').limit(100); // expect: scans-all [ob15a] cross
}

export async function recentEmails(time: Date) {
  return AgentOutput.query().modify(ofKind, 'email').modify(since, time); // expect: prunes [ob15b] cross
}
