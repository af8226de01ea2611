import type { NextApiRequest, NextApiResponse } from 'next';

/** The session user, or a 401 already sent. */
export default async function verifyUser({ req, res }: { req: NextApiRequest; res: NextApiResponse }): Promise<{ id: bigint } | null> {
  const header = req.headers['x-user-id'];
  if (!header) {
    res.status(401).json({ response: 'You must be logged in.' });
    return null;
  }
  return { id: BigInt(String(header)) };
}
