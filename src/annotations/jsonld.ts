import type { Annotation } from '../model/annotation.js';

/**
 * Annotations as a W3C Web Annotation collection (JSON-LD), for tools outside Counterdraft.
 * Targets name the version and clause as URNs; the selectors are the same TextQuoteSelector
 * and TextPositionSelector the app anchors with.
 */
export function annotationsToJsonLd(annotations: readonly Annotation[], label: string): object {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: {
      type: 'AnnotationPage',
      items: annotations.map((a) => ({
        id: `urn:counterdraft:annotation:${a.id}`,
        type: 'Annotation',
        motivation: 'assessing',
        created: a.created,
        modified: a.updated,
        creator: { type: 'Person', name: a.author },
        body: [
          { type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' },
          { type: 'TextualBody', purpose: 'tagging', value: a.category },
          { type: 'TextualBody', purpose: 'classifying', value: `severity:${a.severity}` },
          { type: 'TextualBody', purpose: 'classifying', value: `status:${a.status}` },
        ],
        target: {
          source: `urn:counterdraft:version:${a.versionId}#clause=${a.clauseId}`,
          selector: [a.quote, a.position],
        },
      })),
    },
  };
}
