import { cookies } from 'next/headers';

export async function getUser(): Promise<{ id: number } | null> {
  const session = (await cookies()).get('session');
  return session ? { id: Number(session.value) } : null;
}
