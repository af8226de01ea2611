import type { NextApiResponse } from "next";

export class TeamError extends Error {
  statusCode = 404;
}

export class LeadError extends Error {
  statusCode = 404;
}

export function errorhandler(err: unknown, res: NextApiResponse) {
  if (err instanceof TeamError || err instanceof LeadError) {
    return res.status(err.statusCode).end(err.message);
  }
  return res.status(500).json({ message: "Internal Server Error", error: (err as Error).message });
}
