import { z } from 'zod';

/** How many report files the Open recent menu remembers. */
export const RECENT_LIMIT = 10;

const RecentList = z.array(z.string().min(1).max(4096));

/** The recent list as read from its JSON file; anything malformed counts as an empty list. */
export function parseRecent(raw: unknown): string[] {
  const parsed = RecentList.safeParse(raw);
  return parsed.success ? parsed.data.filter((p) => /\.bilan$/i.test(p)).slice(0, RECENT_LIMIT) : [];
}

/** The list with `path` first, without duplicates, at most {@link RECENT_LIMIT} long. */
export function withRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, RECENT_LIMIT);
}
