import Graph from 'graphology';
import { normalizeName } from '../text/normalize.js';
import { resolveArticle } from '../resolve/article.js';
import type { GraphInput, ResolvedArticle, ResolveOptions } from '../resolve/article.js';
import { clusterMeetings } from '../resolve/meetings.js';
import { EMPTY_LEXICON } from '../resolve/lexicon.js';
import type { Lexicon } from '../resolve/lexicon.js';
import { canonicalId, emptyOverrides } from '../resolve/overrides.js';
import type { Overrides } from '../resolve/overrides.js';
import { outletId, placeId } from './ids.js';
import { edgeKey } from './model.js';
import type { EdgeAttributes, HuiyiGraph, NodeAttributes, NodeLabel, PropertyValue, RelationshipType } from './model.js';

export interface BuildOptions {
  lexicon?: Lexicon;
  overrides?: Overrides;
}

export interface BuiltGraph {
  graph: HuiyiGraph;
  /** The Meeting node a meeting of an article's facts became (article id as given, the facts' meeting id). */
  meetingNode(article: string, factsMeetingId: string): string | undefined;
}

/**
 * Collects articles (with their facts) and merges them into one graph of canonical entities.
 * Articles with the same content hash are one Article node with all their paths. Meetings are merged once all
 * articles are in, so the result does not depend on the order of `add` calls.
 */
export class GraphBuilder {
  private readonly options: ResolveOptions;
  private readonly articles = new Map<string, ResolvedArticle>();
  private readonly articleOfPath = new Map<string, string>();

  constructor(options: BuildOptions = {}) {
    this.options = { lexicon: options.lexicon ?? EMPTY_LEXICON, overrides: options.overrides ?? emptyOverrides() };
  }

  add(input: GraphInput): void {
    const resolved = resolveArticle(input, this.options);
    const seen = this.articles.get(resolved.id);
    if (seen) {
      for (const path of resolved.paths) if (!seen.paths.includes(path)) seen.paths.push(path);
    } else {
      this.articles.set(resolved.id, resolved);
    }
    for (const path of resolved.paths) this.articleOfPath.set(path, resolved.id);
  }

  /** Records that `article` is another copy of the already added `duplicateOf` (same text under another path). */
  addDuplicate(article: string, duplicateOf: string): void {
    const key = this.articleOfPath.get(duplicateOf);
    const original = key === undefined ? undefined : this.articles.get(key);
    if (key === undefined || !original) return;
    if (!original.paths.includes(article)) original.paths.push(article);
    this.articleOfPath.set(article, key);
  }

  build(): BuiltGraph {
    const graph: HuiyiGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
    const writer = new GraphWriter(graph, this.options);
    const articles = [...this.articles.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const article of articles) writer.addArticle(article);

    const clusters = clusterMeetings(articles.flatMap((article) => article.meetings));
    const nodeOfMeeting = new Map<string, string>();
    for (const cluster of clusters) {
      const meetingKey = writer.addMeeting(cluster);
      for (const report of cluster.reports) nodeOfMeeting.set(`${report.articleId}\u0000${report.factsId}`, meetingKey);
    }
    for (const article of articles) writer.addHoldings(article);
    writer.finish();

    return {
      graph,
      meetingNode: (article, factsMeetingId) => {
        const articleKey = this.articleOfPath.get(article);
        return articleKey === undefined ? undefined : nodeOfMeeting.get(`${articleKey}\u0000${factsMeetingId}`);
      },
    };
  }
}

/** Builds the graph of all `inputs` in one call. */
export function buildGraph(inputs: Iterable<GraphInput>, options: BuildOptions = {}): BuiltGraph {
  const builder = new GraphBuilder(options);
  for (const input of inputs) builder.add(input);
  return builder.build();
}

/** Adds nodes and relationships, merging properties: lists are united, first-seen scalars kept. */
class GraphWriter {
  private readonly holdingDates = new Map<string, string[]>();

  constructor(
    private readonly graph: HuiyiGraph,
    private readonly options: ResolveOptions,
  ) {}

  addArticle(article: ResolvedArticle): void {
    const { metadata } = article;
    this.node('Article', article.id, {
      path: [...article.paths].sort(),
      title: metadata.title,
      url: metadata.url,
      published: metadata.published,
      outlet: article.outlet,
      origin: article.origin,
      contentHash: metadata.contentHash,
    });
    if (article.outlet) this.relate('PUBLISHED_BY', article.id, this.outlet(article.outlet), {});
    for (const origin of article.origin) this.relate('CITES', article.id, this.outlet(origin), {});
    for (const member of article.staff) {
      this.node('Person', member.personId, { name: member.name, aliases: [] });
      this.relate('WROTE', member.personId, article.id, { as: member.role });
    }
    for (const person of article.people.values()) {
      this.node('Person', person.id, { name: person.name, aliases: otherForms(person.name, person.surfaces) });
      this.relate('MENTIONS', article.id, person.id, { count: article.mentionCounts.get(person.id) ?? 1 });
    }
    for (const body of article.bodies.values()) {
      this.node('Body', body.id, { name: body.name, aliases: otherForms(body.name, body.surfaces), kind: body.kind });
      if (body.place) this.relate('BASED_IN', body.id, this.place(body.place), {});
      if (article.mentionCounts.has(body.id)) {
        this.relate('MENTIONS', article.id, body.id, { count: article.mentionCounts.get(body.id) ?? 1 });
      }
    }
    for (const path of article.places) {
      this.relate('MENTIONS', article.id, this.place(path), { count: article.mentionCounts.get(path) ?? 1 });
    }
  }

  addMeeting(cluster: ReturnType<typeof clusterMeetings>[number]): string {
    const key = canonicalId(this.options.overrides, cluster.id);
    const [first] = cluster.reports;
    this.node('Meeting', key, {
      title: cluster.reports.find((report) => report.title !== '会议')?.title ?? first?.title ?? null,
      date: cluster.date,
      timeOfDay: cluster.timeOfDay,
    });
    for (const report of cluster.reports) {
      this.relate('REPORTS', report.articleId, key, {});
      for (const body of report.bodies) {
        this.relate('CONVENED_BY', key, body.id, { session: cluster.sessions.get(body.id) ?? null });
      }
      if (report.place) this.relate('HELD_IN', key, this.place(report.place), {});
    }
    // One presence per person and meeting, with the strongest role any report gives.
    const rank = { chair: 0, attendee: 1, observer: 2 } as const;
    const presence = new Map<string, { role: keyof typeof rank; titles: string[]; articles: string[]; evidence: string[] }>();
    for (const report of cluster.reports) {
      for (const participant of report.participants) {
        const seen = presence.get(participant.personId) ?? { role: participant.role, titles: [], articles: [], evidence: [] };
        if (rank[participant.role] < rank[seen.role]) seen.role = participant.role;
        seen.titles = union(seen.titles, participant.titles);
        seen.articles = union(seen.articles, [report.articleId]);
        seen.evidence = union(seen.evidence, participant.evidence ? [participant.evidence] : []);
        presence.set(participant.personId, seen);
      }
    }
    for (const [person, { role, titles, articles, evidence }] of presence) {
      if (role === 'chair') this.relate('CHAIRED', person, key, { titles, articles, evidence });
      else this.relate('ATTENDED', person, key, { as: role, titles, articles, evidence });
    }
    return key;
  }

  addHoldings(article: ResolvedArticle): void {
    for (const holding of article.holdings) {
      const attributes = { title: holding.title, articles: [article.id] };
      const edge = this.relate('HOLDS', holding.personId, holding.bodyId, attributes);
      if (holding.date) this.holdingDates.set(edge, [...(this.holdingDates.get(edge) ?? []), holding.date]);
    }
  }

  /** firstSeen / lastSeen of every HOLDS, once all its observations are in. */
  finish(): void {
    this.graph.forEachEdge((edge, attributes) => {
      if (attributes.type !== 'HOLDS') return;
      const dates = (this.holdingDates.get(edge) ?? []).sort();
      this.graph.mergeEdgeAttributes(edge, { firstSeen: dates[0] ?? null, lastSeen: dates.at(-1) ?? null });
    });
  }

  private outlet(name: string): string {
    const key = canonicalId(this.options.overrides, outletId(name));
    this.node('Outlet', key, { name: normalizeName(name) });
    return key;
  }

  /** The place node of a path, with its ancestors (PART_OF) as far as the gazetteer knows them. */
  private place(path: string): string {
    const info = this.options.lexicon.placeInfo(path);
    const key = canonicalId(this.options.overrides, placeId(info?.path ?? path, info?.code ?? null));
    if (this.graph.hasNode(key)) return key;
    this.node('Place', key, {
      name: info?.name ?? path,
      path: info?.path ?? path,
      level: info?.level ?? null,
      code: info?.code ?? null,
    });
    if (info?.parent) this.relate('PART_OF', key, this.place(info.parent), {});
    return key;
  }

  private node(label: NodeLabel, key: string, properties: Record<string, PropertyValue>): void {
    if (!this.graph.hasNode(key)) {
      this.graph.addNode(key, { label, id: key, ...properties });
      return;
    }
    const existing = this.graph.getNodeAttributes(key);
    for (const [name, value] of Object.entries(properties)) {
      const current = existing[name];
      if (Array.isArray(current) && Array.isArray(value)) existing[name] = union(current, value);
      else if (current === null || current === undefined) existing[name] = value;
    }
    if (Array.isArray(existing.aliases) && typeof existing.name === 'string') {
      existing.aliases = existing.aliases.filter((alias) => alias !== existing.name);
    }
  }

  /** Adds or merges one relationship; returns its edge key. */
  private relate(type: RelationshipType, source: string, target: string, properties: Record<string, PropertyValue>): string {
    const key = edgeKey(type, source, target, properties);
    if (!this.graph.hasEdge(key)) {
      this.graph.addDirectedEdgeWithKey(key, source, target, { type, ...properties });
      return key;
    }
    const existing = this.graph.getEdgeAttributes(key);
    for (const [name, value] of Object.entries(properties)) {
      const current = existing[name];
      if (Array.isArray(current) && Array.isArray(value)) existing[name] = union(current, value);
      else if (name === 'count' && typeof current === 'number' && typeof value === 'number') existing[name] = current + value;
      else if (current === null || current === undefined) existing[name] = value;
    }
    return key;
  }
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function otherForms(name: string, surfaces: Iterable<string>): string[] {
  return [...new Set(surfaces)].filter((surface) => surface !== name).sort();
}
