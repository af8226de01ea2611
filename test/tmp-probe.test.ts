import { it } from 'node:test';
import 'reflect-metadata';
import { DataSource, EntitySchema, MoreThanOrEqual } from 'typeorm';
void it('probe', async () => {
  const Lead = new EntitySchema<any>({ name: 'Lead', tableName: 'leads', columns: { id: { type: 'bigint', primary: true }, company: { type: 'text' }, createdAt: { type: 'timestamptz', name: 'created_at', createDate: true } },
    relations: { outputs: { type: 'one-to-many', target: 'AgentOutput', inverseSide: 'lead' } } });
  const Out = new EntitySchema<any>({ name: 'AgentOutput', tableName: 'agent_outputs', columns: { id: { type: 'bigint', primary: true }, createdAt: { type: 'timestamptz', name: 'created_at' } },
    relations: { lead: { type: 'many-to-one', target: 'Lead', joinColumn: { name: 'lead_id' } } } });
  const ds = new DataSource({ type: 'postgres', entities: [Lead, Out] });
  await (ds as any).buildMetadatas();
  const repo = ds.getRepository('Lead');
  console.log(repo.createQueryBuilder('l').where('l.company = :c', { c: 'x' }).getQueryAndParameters());
  const qb = repo.createQueryBuilder('Lead').setFindOptions({ where: { company: 'x', outputs: { createdAt: MoreThanOrEqual(new Date()) } }, relations: { outputs: true } });
  console.log(qb.getQueryAndParameters());
  console.log(repo.createQueryBuilder('l').innerJoin('l.outputs', 'o').where('l.createdAt >= :f', { f: 1 }).getQueryAndParameters());
});
