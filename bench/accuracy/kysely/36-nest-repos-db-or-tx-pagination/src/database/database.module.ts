import { Global, Module } from '@nestjs/common';
import { CamelCasePlugin, PostgresDialect } from 'kysely';
import { KyselyModule } from 'nestjs-kysely';
import { Pool } from 'pg';

@Global()
@Module({
  imports: [
    KyselyModule.forRootAsync({
      useFactory: () => ({
        dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL, max: 10 }) }),
        plugins: [new CamelCasePlugin()],
      }),
    }),
  ],
})
export class DatabaseModule {}
