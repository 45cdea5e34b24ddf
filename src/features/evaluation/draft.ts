// The draft of the charter's next version: the accepted proposals applied to the text in force.
// A proposal quotes a passage in its language (nl or fr, the authoritative texts) and gives new
// wording; the draft replaces the passage by it in that language only. The secretariat then
// brings the other languages in line by hand. Two accepted proposals that touch the same passage
// are a conflict: neither is applied, and the secretariat words the passage itself. Pure.

import { findPassage } from './quote.ts';

export interface DraftProposal {
  id: string;
  lang: string;
  quoted: string;
  proposed: string;
}

export interface DraftText {
  lang: string;
  body: string;
}

export interface Draft {
  texts: DraftText[];
  /** Proposals whose wording is in the draft. */
  applied: string[];
  /** Proposals whose passages overlap, each set left for the secretariat to word. */
  conflicts: string[][];
  /** Proposals whose quoted passage is not (or no longer) in the text. */
  notFound: string[];
}

interface Place {
  proposal: DraftProposal;
  start: number;
  end: number;
}


/** Applies the accepted proposals to the texts in force, language by language. */
export function draftFrom(texts: readonly DraftText[], accepted: readonly DraftProposal[]): Draft {
  const applied: string[] = [];
  const conflicts: string[][] = [];
  const notFound: string[] = [];
  const out = texts.map((text) => {
    const places: Place[] = [];
    for (const proposal of accepted.filter((p) => p.lang === text.lang)) {
      const at = findPassage(text.body, proposal.quoted);
      if (at) places.push({ proposal, ...at });
      else notFound.push(proposal.id);
    }
    // Overlapping passages form one conflict, however many proposals chain together.
    places.sort((x, y) => x.start - y.start || x.end - y.end);
    const clusters: Place[][] = [];
    for (const place of places) {
      const last = clusters[clusters.length - 1];
      if (last && place.start < Math.max(...last.map((p) => p.end))) last.push(place);
      else clusters.push([place]);
    }
    let body = text.body;
    // From the end, so earlier offsets stay right.
    for (const cluster of [...clusters].reverse()) {
      if (cluster.length > 1) {
        conflicts.unshift(cluster.map((p) => p.proposal.id));
        continue;
      }
      const { proposal, start, end } = cluster[0]!;
      body = body.slice(0, start) + proposal.proposed.trim() + body.slice(end);
      applied.unshift(proposal.id);
    }
    return { lang: text.lang, body };
  });
  return { texts: out, applied, conflicts, notFound };
}
