import type { Request, Response } from 'express';
import type { LeadService } from '../services/lead.service';

type ScopedRequest = Request & { scope: { resolve<T>(name: string): T }; user: { id: string } };

export async function listLeads(req: Request, res: Response) {
  const leadService = (req as ScopedRequest).scope.resolve<LeadService>('leadService');
  const leads = await leadService.list({ userId: (req as ScopedRequest).user.id }, { take: 20 }); // expect: scans-all [to30a] cross
  res.json({ leads });
}

export async function listLeadsOfMonth(req: Request, res: Response) {
  const leadService = (req as ScopedRequest).scope.resolve<LeadService>('leadService');
  const gte = new Date(String(req.query.month));
  const lt = new Date(Date.UTC(gte.getUTCFullYear(), gte.getUTCMonth() + 1, 1));
  const leads = await leadService.list({ userId: (req as ScopedRequest).user.id, created_at: { gte, lt } }); // expect: prunes [to30b] cross
  res.json({ leads });
}

export async function getLead(req: Request, res: Response) {
  const leadService = (req as ScopedRequest).scope.resolve<LeadService>('leadService');
  res.json({ lead: await leadService.retrieve(String(req.params.id)) }); // expect: scans-all [to30c] cross
}
