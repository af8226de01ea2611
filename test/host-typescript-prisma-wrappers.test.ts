// Prisma service wrappers (Ghostfolio's `leads(params)` destructuring `const { skip, take, where,
// orderBy } = params` before `findMany({ orderBy, skip, take, where })`): the caller's `where` is
// read through the destructured local, and a caller that passes a keyed `where` stays silent.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lineOf, tsAppSuite } from './helpers/ts-app-catalog';

const ROOT = '/virtual/prisma-wrappers';
const SCHEMA = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ts-app', 'prisma', 'schema.prisma'), 'utf8');

const { linesReported } = tsAppSuite(ROOT);

const reported = (files: Record<string, string>, target: string): number[] => linesReported({ 'prisma/schema.prisma': SCHEMA, ...files }, target);

const PRISMA_SERVICE = `import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit {
  async onModuleInit() {
    await this.$connect();
  }
}
`;

const LEAD_SERVICE = `import { Injectable } from '@nestjs/common';
import type { Lead, Prisma } from '@prisma/client';
import { PrismaService } from './prisma.service';

@Injectable()
export class LeadService {
  public constructor(private readonly prismaService: PrismaService) {}

  public async leads(params: { skip?: number; take?: number; where?: Prisma.LeadWhereInput; orderBy?: Prisma.LeadOrderByWithRelationInput[] }): Promise<Lead[]> {
    const { skip, take, where, orderBy } = params;
    return this.prismaService.lead.findMany({ orderBy, skip, take, where });
  }
}
`;

void describe('Prisma: a service wrapper that destructures its arguments before the query', () => {
  void it('reads the caller`s where through `const { where } = params`: reported without the key, silent with it', () => {
    const controller = `import { Controller, Get, Param } from '@nestjs/common';
import { LeadService } from './lead.service';

@Controller('lead')
export class LeadController {
  public constructor(private readonly leadService: LeadService) {}

  @Get(':userId')
  public async all(@Param('userId') userId: string) {
    return this.leadService.leads({ where: { userId: BigInt(userId) } }); // unkeyed
  }

  @Get(':userId/:since')
  public async since(@Param('userId') userId: string, @Param('since') since: string) {
    return this.leadService.leads({ where: { userId: BigInt(userId), createdAt: { gte: new Date(since) } }, take: 20 }); // keyed
  }
}
`;
    const files = { 'src/prisma.service.ts': PRISMA_SERVICE, 'src/lead.service.ts': LEAD_SERVICE, 'src/lead.controller.ts': controller };
    assert.deepEqual(reported(files, 'src/lead.controller.ts'), [lineOf(controller, '// unkeyed')]);
  });
});
