import { Sequelize } from 'sequelize-typescript';
import { AgentOutputModel } from '../models/lead/agent-output';
import { LeadModel } from '../models/lead/lead';

export const sequelizeTypescript = new Sequelize({
  dialect: 'postgres',
  host: process.env.PG_HOST,
  database: process.env.PG_DATABASE,
  username: process.env.PG_USER,
  password: process.env.PG_PASSWORD,
  logging: false,
});

sequelizeTypescript.addModels([LeadModel, AgentOutputModel]);
