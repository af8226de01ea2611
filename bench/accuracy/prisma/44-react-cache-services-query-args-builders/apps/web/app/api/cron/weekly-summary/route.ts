import { responses } from "@/app/lib/api/response";
import { getLeadsInPeriod } from "@/modules/api/management/leads/lib/lead";
import { getLeadsForSummary } from "@/lib/lead/service";
import { CRON_SECRET } from "@formbricks/lib/constants";
import { headers } from "next/headers";

const getPrevWeek = () => {
  const sevenDaysAgo = new Date();
  sevenDaysAgo.setDate(sevenDaysAgo.getDate() - 7);
  sevenDaysAgo.setHours(0, 0, 0, 0);
  return sevenDaysAgo;
};

export const POST = async (request: Request): Promise<Response> => {
  const headersList = await headers();
  if (headersList.get("x-api-key") !== CRON_SECRET) {
    return responses.notAuthenticatedResponse();
  }
  const { userId } = (await request.json()) as { userId: string };
  const since = getPrevWeek();
  const [recent, period] = await Promise.all([
    getLeadsForSummary(BigInt(userId), since),
    getLeadsInPeriod([BigInt(userId)], since, new Date()),
  ]);
  return responses.successResponse({ recent: recent.length, period: period.length });
};
