import "server-only";
import { db } from "@/lib/db";

/** The newest images of the media library, for the ad slot's image picker. */
export async function mediaChoices(limit = 100) {
  return db.media.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, alt: true, path: true },
  });
}
