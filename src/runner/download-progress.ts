/// <reference lib="webworker" />
/**
 * Counts the bytes this worker downloads, for the page's progress line: fetched bodies as they
 * stream in (the wasm binary, the standard library, wheels) and module scripts once loaded.
 */
export function countDownloads(report: (bytes: number) => void): void {
  let bytes = 0;
  const add = (count: number) => {
    bytes += count;
    report(bytes);
  };
  const fetchAndCount = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const response = await fetchAndCount(input, init);
    if (!response.body) return response;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        add(chunk.byteLength);
        controller.enqueue(chunk);
      },
    });
    const { status, statusText, headers } = response;
    return new Response(response.body.pipeThrough(counter), { status, statusText, headers });
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (entry.initiatorType !== 'fetch' && /\/pyodide\/[^/]+\.mjs$/.test(entry.name)) add(entry.decodedBodySize);
    }
  }).observe({ type: 'resource', buffered: true });
}
