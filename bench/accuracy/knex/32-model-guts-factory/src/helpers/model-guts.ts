import type { Knex } from 'knex';

interface GutsOptions {
  knex: Knex;
  name: string;
  tableName: string;
  selectableProps?: string[];
}

/** The CRUD functions every model shares (express-knex boilerplate "model guts"). */
export default function createGuts({ knex, name, tableName, selectableProps = ['*'] }: GutsOptions) {
  const findAll = () => knex.select(selectableProps).from(tableName).timeout(1000);

  const find = (filters: Record<string, unknown>) => knex.select(selectableProps).from(tableName).where(filters).timeout(1000);

  const findById = (id: number) => knex.select(selectableProps).from(tableName).where({ id }).first();

  const update = (id: number, props: Record<string, unknown>) => knex.update(props).from(tableName).where({ id }).returning(selectableProps);

  const destroy = (id: number) => knex.del().from(tableName).where({ id });

  return { name, tableName, selectableProps, findAll, find, findById, update, destroy };
}
