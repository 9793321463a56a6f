import "server-only";
/** What the "Edit details" form of a source needs: the details, who added it, and the digest it sends back. */
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sources } from "@/db/schema";
import { metadataToken, type SourceMetadata } from "./update-metadata";

export interface EditableSourceDetails extends SourceMetadata {
  sourceId: number;
  createdById: number | null;
  /** metadataToken of the details as shown. */
  seen: string;
}

export async function getEditableSourceDetails({ id }: { id: number }): Promise<EditableSourceDetails | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      title: sources.title,
      publisher: sources.publisher,
      publishedAt: sources.publishedAt,
      url: sources.url,
      createdById: sources.createdById,
    })
    .from(sources)
    .where(eq(sources.id, id));
  return row ? { ...row, sourceId: id, seen: metadataToken(row) } : null;
}
