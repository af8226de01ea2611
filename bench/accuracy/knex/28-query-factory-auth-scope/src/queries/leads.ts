import { db } from '../db';

export const leadsQuery = () => db('leads');
