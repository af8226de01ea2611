import { db } from './db';

export const leads = () => db('leads');
