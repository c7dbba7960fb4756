// The same measurement with npm rss-parser (pinned in package.json): parse every *.xml of the corpus N times.
// Usage: node rss-parser-bench.mjs <corpus-folder> <repetitions>. Prints one JSON line like rss-bench.
import fs from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';

const [folder, repetitionsText] = process.argv.slice(2);
const repetitions = Number(repetitionsText);
const files = fs.readdirSync(folder, { recursive: true }).filter((f) => f.endsWith('.xml')).sort().map((f) => path.join(folder, f));
// rss-parser takes a string; a user reads the file as UTF-8, as here.
const documents = files.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8'), isFeed: fs.existsSync(f.replace(/\.xml$/, '.serde.json')) }));
const parser = new Parser();
let ok = 0; let rejected = 0; const failed = [];
for (const d of documents) {
  try {
    await parser.parseString(d.text);
    if (d.isFeed) ok++;
  } catch {
    if (d.isFeed) failed.push(path.basename(d.file)); else rejected++;
  }
}
const parseAll = async () => { for (const d of documents) { try { await parser.parseString(d.text); } catch { /* counted above */ } } };
for (let i = 0; i < 3; i++) await parseAll();
const start = process.hrtime.bigint();
for (let i = 0; i < repetitions; i++) await parseAll();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ parser: 'rss-parser 3.13.0', ok, failed: failed.length, failedFiles: failed.join(' '), nonFeedsRejected: rejected, nonFeeds: documents.filter((d) => !d.isFeed).length, docsPerSecond: Math.round(documents.length * repetitions / seconds) }));
