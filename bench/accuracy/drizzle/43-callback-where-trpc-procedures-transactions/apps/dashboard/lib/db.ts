import { createConnection } from '@unkey/db';

export * from '@unkey/db';

export const db = createConnection(process.env.DATABASE_URL!);
