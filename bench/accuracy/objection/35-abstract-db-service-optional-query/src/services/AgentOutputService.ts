import AgentOutput from '../models/AgentOutput';
import DBService from './DBService';

class AgentOutputService extends DBService<AgentOutput> {
  constructor() {
    super(AgentOutput);
  }
}

export default new AgentOutputService();
