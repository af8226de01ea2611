import { PrismaClient } from '@prisma/client';
import { getDatabaseType, POSTGRESQL } from './db';

const DEFAULT_PAGE_SIZE = 20;

export interface QueryFilters {
  startDate?: Date;
  endDate?: Date;
  search?: string;
  page?: number;
  pageSize?: number;
  orderBy?: string;
  sortDescending?: boolean;
}

const globalForPrisma = globalThis as unknown as { prisma: PrismaClient | undefined };

const client = globalForPrisma.prisma ?? new PrismaClient({ errorFormat: 'pretty' });

if (process.env.NODE_ENV !== 'production') {
  globalForPrisma.prisma = client;
}

async function rawQuery(sql: string, data: object): Promise<any> {
  const db = getDatabaseType();
  const params = [];

  if (db !== POSTGRESQL) {
    throw new Error(`Database type not supported: ${db}`);
  }

  const query = sql?.replaceAll(/\{\{\s*(\w+)(::\w+)?\s*}}/g, (...args) => {
    const [, name, type] = args;
    params.push(data[name]);

    return `$${params.length}${type ?? ''}`;
  });

  return client.$queryRawUnsafe(query, ...params); // expect: prunes [pr45e] cross
}

async function pagedQuery<T>(model: string, criteria: T, filters?: QueryFilters) {
  const { page = 1, pageSize, orderBy, sortDescending = false } = filters || {};
  const size = +pageSize || DEFAULT_PAGE_SIZE;

  const data = await client[model].findMany({
    ...criteria,
    ...{
      ...(size > 0 && { take: +size, skip: +size * (+page - 1) }),
      ...(orderBy && {
        orderBy: [
          {
            [orderBy]: sortDescending ? 'desc' : 'asc',
          },
        ],
      }),
    },
  }); // expect: scans-all [pr45b] cross

  const count = await client[model].count({ where: (criteria as any).where }); // expect: scans-all [pr45n] cross

  return { data, count, page: +page, pageSize: size, orderBy };
}

function getSearchParameters(query: string, filters: { [key: string]: any }[]) {
  if (!query) return;

  const parseFilter = (filter: { [key: string]: any }) => {
    const [[key, value]] = Object.entries(filter);

    return {
      [key]: typeof value === 'string' ? { [value]: query, mode: 'insensitive' } : parseFilter(value),
    };
  };

  return {
    AND: {
      OR: filters.map(filter => parseFilter(filter)),
    },
  };
}

async function transaction(input: any, options?: any) {
  return client.$transaction(input, options);
}

export default {
  client,
  transaction,
  getSearchParameters,
  pagedQuery,
  rawQuery,
};
