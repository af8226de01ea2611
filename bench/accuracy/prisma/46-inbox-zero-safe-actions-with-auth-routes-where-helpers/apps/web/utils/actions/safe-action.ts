import { createSafeActionClient } from "next-safe-action";
import { auth } from "@/app/api/auth/[...nextauth]/auth";

export const actionClient = createSafeActionClient().use(async ({ next }) => {
  const session = await auth();
  if (!session?.user.id) throw new Error("Unauthorized");
  return next({ ctx: { userId: BigInt(session.user.id) } });
});
