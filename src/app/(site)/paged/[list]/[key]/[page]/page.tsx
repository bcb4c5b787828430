import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ARCHIVE_LISTS } from "@/features/articles/archive-paths";
import { archivePage } from "../../../../_slug-page";

// Pages 2 and later of every archive list. src/proxy.ts rewrites `/category/bitcoin?page=2` here;
// the page names that public URL as its canonical, so this internal path is never indexed.
export const revalidate = 900;

export function generateStaticParams() {
  return [];
}

const paramsSchema = z.object({
  list: z.enum(ARCHIVE_LISTS),
  key: z.string().min(1).max(200),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .refine((page) => page >= 2),
});

interface Props {
  params: Promise<{ list: string; key: string; page: string }>;
}

async function readParams(props: Props) {
  const parsed = paramsSchema.safeParse(await props.params);
  return parsed.success ? parsed.data : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const params = await readParams(props);
  if (!params) return { title: "Page not found", robots: { index: false } };
  return archivePage.metadata(params.list, params.key, params.page);
}

export default async function PagedArchive(props: Props) {
  const params = await readParams(props);
  if (!params) notFound();
  return archivePage.body(params.list, params.key, params.page);
}
