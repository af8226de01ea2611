import { responses } from "@/app/lib/api/response";
import { deleteOutputsOlderThan } from "@/lib/agentOutput/service";
import { CRON_SECRET } from "@formbricks/lib/constants";
import { subDays } from "date-fns";
import { headers } from "next/headers";

export const POST = async (): Promise<Response> => {
  const headersList = await headers();
  if (headersList.get("x-api-key") !== CRON_SECRET) {
    return responses.notAuthenticatedResponse();
  }
  const deleted = await deleteOutputsOlderThan(subDays(new Date(), 90));
  return responses.successResponse({ deleted });
};
