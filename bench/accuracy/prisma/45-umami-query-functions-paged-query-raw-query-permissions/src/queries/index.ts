export * from './prisma/lead';
export * from './prisma/agentOutput';
export * from './prisma/campaign';
export * from './sql/getLeadStats';
