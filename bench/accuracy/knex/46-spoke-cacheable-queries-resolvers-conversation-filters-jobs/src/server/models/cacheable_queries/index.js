import { campaignCache } from "./campaign";
import { messageCache } from "./message";

const cacheableData = {
  campaign: campaignCache,
  message: messageCache
};

export default cacheableData;
