import { describe, expect, it } from 'vitest';
import { ndjsonPayloads } from './vacancy-index.ts';

describe('the documents sent to the engine', () => {
  it('go as NDJSON bodies that stay under the byte limit, counted in UTF-8, in their order', () => {
    const documents = [
      { id: 'a', text: 'x'.repeat(40) },
      { id: 'b', text: 'é'.repeat(20) },
      { id: 'c', text: 'y' },
    ];
    const sizes = documents.map((d) => Buffer.byteLength(JSON.stringify(d)) + 1);
    const payloads = ndjsonPayloads(documents, sizes[0]! + sizes[1]! - 1);
    expect(
      payloads.map((p) =>
        p
          .split('\n')
          .map((line) => JSON.parse(line) as { id: string })
          .map((d) => d.id),
      ),
    ).toEqual([['a'], ['b', 'c']]);
    expect(ndjsonPayloads(documents)).toHaveLength(1);
    expect(ndjsonPayloads([])).toEqual([]);
  });

  it('sends a document larger than the limit on its own rather than not at all', () => {
    expect(ndjsonPayloads([{ id: 'big', text: 'z'.repeat(100) }, { id: 'small' }], 10)).toHaveLength(2);
  });
});
