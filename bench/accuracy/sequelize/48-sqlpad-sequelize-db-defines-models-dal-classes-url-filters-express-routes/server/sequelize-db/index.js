import { Sequelize } from 'sequelize';
import leads from './leads.js';
import agentOutputs from './agent-outputs.js';
import campaigns from './campaigns.js';

// Sequelize logging function
function logging(message) {
  if (process.env.SQLPAD_DEBUG) process.stderr.write(`${message}\n`);
}

class SequelizeDb {
  constructor(config) {
    this.config = config;

    const sequelize = new Sequelize(config.get('backendDatabaseUri'), {
      logging,
    });

    this.sequelize = sequelize;
    this.Sequelize = Sequelize;

    this.Leads = leads(sequelize);
    this.AgentOutputs = agentOutputs(sequelize);
    this.Campaigns = campaigns(sequelize);
  }
}

export default SequelizeDb;
