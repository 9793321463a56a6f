import { describe, expect, it } from "vitest";
import { testDatabase } from "@/db/testing/test-db";
import { CLAIM_LIST_TAG, PUBLIC_CLAIMS_TAG } from "./cache-tags";
import { ALL_PUBLIC_CLAIM_TAGS, CACHE_CHANNEL, expireOnEveryAppServer } from "./cache-notify";

type Listener = { listen(channel: string, callback: (payload: string) => void): Promise<unknown> };

describe("expiring the page cache from the command line", () => {
  it("sends the tags on the channel the app servers listen to, in the cache handler's format", async () => {
    const handle = testDatabase() as ReturnType<typeof testDatabase> & { client: Listener };
    const received: string[] = [];
    await handle.client.listen(CACHE_CHANNEL, (payload) => received.push(payload));
    await expireOnEveryAppServer(handle.db, ALL_PUBLIC_CLAIM_TAGS);
    for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toHaveLength(1);
    const message = JSON.parse(received[0] ?? "{}") as { origin: string; tags: string[] };
    expect(message.origin).toBe("command-line");
    expect(message.tags).toEqual(expect.arrayContaining([PUBLIC_CLAIMS_TAG, CLAIM_LIST_TAG]));
  });
});
