import { and, desc, eq } from "drizzle-orm";
import { FastifyInstance } from "fastify";

import { outputsWhere } from "backend-lib/src/conditions";
import { db } from "backend-lib/src/db";
import * as schema from "backend-lib/src/db/schema";
import { findLeads, getLead, getLeadStatusCounts, leadsOfUserQuery } from "backend-lib/src/leads";

type LeadParams = { id: number; createdAt: string };

export default async function leadsController(fastify: FastifyInstance) {
  fastify.get<{ Querystring: { userId: number; statuses?: string[] } }>("/", async (request, reply) => {
    const leads = await findLeads({ userId: request.query.userId, statuses: request.query.statuses });
    return reply.status(200).send({ leads });
  });

  fastify.get<{ Querystring: { userId: number } }>("/latest", async (request, reply) => {
    const leads = await leadsOfUserQuery(request.query.userId).limit(20); // expect: scans-all [dz45d] cross
    return reply.status(200).send({ leads });
  });

  fastify.get<{ Querystring: { userId: number; start: string; end: string } }>("/stats", async (request, reply) => {
    const range = { start: new Date(request.query.start), end: new Date(request.query.end) };
    return reply.status(200).send(await getLeadStatusCounts({ userId: request.query.userId, range }));
  });

  fastify.get<{ Params: LeadParams; Querystring: { userId: number } }>("/:id", async (request, reply) => {
    const lead = await getLead({ id: request.params.id, userId: request.query.userId });
    if (!lead) {
      return reply.status(404).send();
    }
    const outputs = await db()
      .select()
      .from(schema.agentOutput)
      .where(outputsWhere({ leadId: lead.id, since: lead.createdAt }))
      .orderBy(desc(schema.agentOutput.createdAt)); // expect: prunes [dz45j] cross
    return reply.status(200).send({ lead, outputs });
  });

  fastify.get<{ Params: LeadParams }>("/:id/outputs", async (request, reply) => {
    const outputs = await db()
      .select()
      .from(schema.agentOutput)
      .where(outputsWhere({ leadId: request.params.id })); // expect: scans-all [dz45i] cross
    return reply.status(200).send({ outputs });
  });

  fastify.put<{ Params: LeadParams; Body: { status: string } }>("/:id/:createdAt", async (request, reply) => {
    await db()
      .update(schema.lead)
      .set({ status: request.body.status })
      .where(and(eq(schema.lead.id, request.params.id), eq(schema.lead.createdAt, new Date(request.params.createdAt)))); // expect: prunes [dz45h]
    return reply.status(204).send();
  });
}
