// Parses and validates the suite's AsyncAPI document (consent-service serves it) with
// @asyncapi/parser: the AsyncAPI 3.0 JSON Schema plus the parser's semantic rules ($refs resolve,
// operations point at their channels, message payloads are valid schemas). Exit 1 on any error.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser } from '@asyncapi/parser';

const file = fileURLToPath(new URL('../src/main/resources/events/asyncapi.yaml', import.meta.url));
const parser = new Parser();
const { document, diagnostics } = await parser.parse(readFileSync(file, 'utf8'), { source: file });
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of diagnostics) {
  const level = ['error', 'warning', 'info', 'hint'][d.severity] ?? 'note';
  console.log(`${level}: ${d.message} at ${d.path.join('.')}`);
}
if (!document || errors.length > 0) {
  console.error(`asyncapi.yaml: ${errors.length} error(s)`);
  process.exit(1);
}
if (document.version() !== '3.0.0') {
  console.error(`asyncapi.yaml: expected AsyncAPI 3.0.0, found ${document.version()}`);
  process.exit(1);
}
const channels = document.channels().all().map((c) => c.address());
for (const wanted of ['consent-events', 'audit-seals']) {
  if (!channels.includes(wanted)) {
    console.error(`asyncapi.yaml: channel ${wanted} missing`);
    process.exit(1);
  }
}
console.log(`asyncapi.yaml: valid AsyncAPI ${document.version()}, channels ${channels.join(', ')}`);
