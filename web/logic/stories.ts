// The stored-summaries list: reading GET /summaries pages and grouping copies of one story.

export interface StoredItem {
  id: string;
  title: string | null;
  createdAt: string | null;
  sameStoryAs: string[];
  engine: string | null;
  publisher: string | null;
}

export interface SummaryPage {
  items: StoredItem[];
  nextCursor: string | null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** One list entry: a catalog entry ({id, title, createdAt, …}) or a whole summary. */
export function readStoredItem(raw: unknown): StoredItem | null {
  const o = obj(raw);
  const id = str(o?.["id"]);
  if (!o || !id) return null;
  const article = obj(o["article"]);
  const engine = o["engine"];
  return {
    id,
    title: str(o["title"]) ?? str(article?.["title"]),
    createdAt: str(o["createdAt"]),
    sameStoryAs: Array.isArray(o["sameStoryAs"]) ? o["sameStoryAs"].filter((x): x is string => typeof x === "string") : [],
    engine: str(engine) ?? str(obj(engine)?.["name"]),
    publisher: str(o["publisher"]) ?? str(article?.["publisher"]),
  };
}

/**
 * A page of GET /summaries. Accepts `{items|summaries|data: [...], nextCursor|cursor|next}` or a bare
 * array, so the page does not break on the exact envelope.
 */
export function parseSummaryPage(body: unknown): SummaryPage {
  const o = obj(body);
  const list = Array.isArray(body) ? body : (o?.["items"] ?? o?.["summaries"] ?? o?.["data"] ?? []);
  const items = (Array.isArray(list) ? list : []).map(readStoredItem).filter((x): x is StoredItem => x !== null);
  const next = o?.["nextCursor"] ?? o?.["cursor"] ?? o?.["next"] ?? obj(o?.["page"])?.["nextCursor"];
  return { items, nextCursor: str(next) };
}

export interface StoryGroup {
  /** The newest copy; the group's place in the list is its place. */
  lead: StoredItem;
  /** The other copies, newest first. */
  copies: StoredItem[];
}

const time = (i: StoredItem) => {
  const t = i.createdAt ? Date.parse(i.createdAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * Groups summaries linked by `sameStoryAs` (in either direction, transitively). Groups keep the
 * list's newest-first order by their newest member; an id seen twice (pages overlap) counts once.
 */
export function groupStories(items: readonly StoredItem[]): StoryGroup[] {
  const byId = new Map<string, StoredItem>();
  for (const i of items) if (!byId.has(i.id)) byId.set(i.id, i);
  const parent = new Map<string, string>([...byId.keys()].map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let n = id; n !== root; ) {
      const next = parent.get(n)!;
      parent.set(n, root);
      n = next;
    }
    return root;
  };
  for (const i of byId.values()) {
    for (const other of i.sameStoryAs) if (byId.has(other)) parent.set(find(other), find(i.id));
  }
  const groups = new Map<string, StoredItem[]>();
  for (const i of byId.values()) {
    const root = find(i.id);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(i);
  }
  const order = [...byId.keys()];
  const rank = (i: StoredItem) => order.indexOf(i.id);
  return [...groups.values()]
    .map((members) => members.sort((a, b) => time(b) - time(a) || rank(a) - rank(b)))
    .map((members) => ({ lead: members[0]!, copies: members.slice(1) }))
    .sort((a, b) => time(b.lead) - time(a.lead) || rank(a.lead) - rank(b.lead));
}
