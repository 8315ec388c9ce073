/**
 * `npm run train -- replies [--validate] [--epochs=N --learningRate=X --l2=X ...]`: trains the offline
 * reply classifier on every data/replies/train-*.jsonl and writes
 * libs/server/replies/src/lib/classifier/reply-model.json (same data → same file).
 * With --validate it holds out ~15% of the training replies instead, reports accuracy on them and
 * writes nothing: that is the split to tune on, never data/replies/eval.jsonl.
 * With --corrections-from-db it first exports the categories people corrected in the inbox (every
 * store of the database at DATABASE_URL) to data/replies/train-corrections.jsonl, so they train too.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLY_CATEGORIES, REPLY_SENTIMENTS } from '@parley/shared-types';
import { Client } from 'pg';
import { OfflineReplyClassifier, REPLY_MODEL_PATH } from '../libs/server/replies/src/lib/classifier/offline-reply-classifier';
import { extractReplyFeatures } from '../libs/server/replies/src/lib/classifier/reply-features';
import { DEFAULT_TRAINING, train, type TrainingExample, type TrainingOptions } from '../libs/server/replies/src/lib/classifier/softmax-model';

export interface LabelledReply {
  text: string;
  category: string;
  sentiment: string;
  language: string;
}

export const REPLIES_DATA_DIR = join(__dirname, '..', 'data', 'replies');
const VALIDATION_PERCENT = 15;

export function readLabelledReplies(file: string): LabelledReply[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const { text, category, sentiment, language } = JSON.parse(line) as Partial<LabelledReply>;
      if (typeof text !== 'string' || typeof category !== 'string' || typeof sentiment !== 'string')
        throw new Error(`${file}:${i + 1}: needs text, category and sentiment`);
      return { text, category, sentiment, language: language ?? 'unknown' };
    });
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--corrections-from-db')) await exportCorrections();
  const options: TrainingOptions = { ...DEFAULT_TRAINING, ...numericOverrides(args), labels: { category: REPLY_CATEGORIES, sentiment: REPLY_SENTIMENTS } };
  const replies = readTrainingFiles();
  console.log(`replies: ${replies.length} (${countBy(replies, (r) => r.language)})`);
  console.log(`categories: ${countBy(replies, (r) => r.category)}`);
  console.log(`sentiments: ${countBy(replies, (r) => r.sentiment)}`);

  if (args.includes('--validate')) {
    const held = replies.filter(isHeldOut);
    const kept = replies.filter((reply) => !isHeldOut(reply));
    const classifier = trainClassifier(kept, options);
    report('training', kept, classifier);
    report('validation', held, classifier);
    return;
  }
  const started = performance.now();
  const model = train(replies.map(toExample), options);
  writeFileSync(REPLY_MODEL_PATH, JSON.stringify(model));
  console.log(
    `trained in ${((performance.now() - started) / 1000).toFixed(1)} s: ${model.features.length} features, ${(statSync(REPLY_MODEL_PATH).size / 1e6).toFixed(2)} MB → ${REPLY_MODEL_PATH}`,
  );
  report('training', replies, OfflineReplyClassifier.fromModel(model));
}

/** The newest correction of each reply text, as training lines (language unknown: the features do not need it). */
async function exportCorrections(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('--corrections-from-db needs DATABASE_URL');
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ text: string; category: string; sentiment: string }>(
      `SELECT DISTINCT ON (text) text, category, sentiment FROM reply_corrections ORDER BY text, created_at DESC`,
    );
    const file = join(REPLIES_DATA_DIR, 'train-corrections.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify({ text: r.text, category: r.category, sentiment: r.sentiment, language: 'unknown' })).join('\n') + (rows.length ? '\n' : ''));
    console.log(`corrections: ${rows.length} → ${file}`);
  } finally {
    await db.end();
  }
}

function readTrainingFiles(): LabelledReply[] {
  const files = readdirSync(REPLIES_DATA_DIR)
    .filter((name) => /^train-.*\.jsonl$/.test(name))
    .sort();
  if (files.length === 0) throw new Error(`No train-*.jsonl in ${REPLIES_DATA_DIR}`);
  return files.flatMap((name) => {
    const replies = readLabelledReplies(join(REPLIES_DATA_DIR, name));
    console.log(`${name}: ${replies.length}`);
    return replies;
  });
}

/** `--epochs=20` overrides DEFAULT_TRAINING.epochs, and so on for every numeric option. */
function numericOverrides(args: string[]): Partial<TrainingOptions> {
  const overrides: Record<string, number> = {};
  for (const arg of args) {
    const match = /^--(\w+)=(.+)$/.exec(arg);
    if (!match) continue;
    if (!(match[1] in DEFAULT_TRAINING) || Number.isNaN(Number(match[2]))) throw new Error(`Unknown or non-numeric option ${arg}`);
    overrides[match[1]] = Number(match[2]);
  }
  return overrides;
}

/** By a hash of the text, so that a reply repeated in the data never sits on both sides of the split. */
function isHeldOut(reply: LabelledReply): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < reply.text.length; i++) hash = Math.imul(hash ^ reply.text.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 100 < VALIDATION_PERCENT;
}

function toExample(reply: LabelledReply): TrainingExample {
  return { features: extractReplyFeatures(reply.text), labels: { category: reply.category, sentiment: reply.sentiment } };
}

function trainClassifier(replies: LabelledReply[], options: TrainingOptions): OfflineReplyClassifier {
  return OfflineReplyClassifier.fromModel(train(replies.map(toExample), options));
}

function report(name: string, replies: LabelledReply[], classifier: OfflineReplyClassifier): void {
  const outcomes = replies.map((reply) => ({ reply, predicted: classifier.classify(reply.text) }));
  const share = (hits: number, total: number) => (total ? `${((100 * hits) / total).toFixed(1)}%` : '-');
  const categoryHits = outcomes.filter(({ reply, predicted }) => predicted.category === reply.category).length;
  const sentimentHits = outcomes.filter(({ reply, predicted }) => predicted.sentiment === reply.sentiment).length;
  const recalls = REPLY_CATEGORIES.map((category) => {
    const labelled = outcomes.filter(({ reply }) => reply.category === category);
    return `${category} ${share(labelled.filter(({ predicted }) => predicted.category === category).length, labelled.length)}`;
  });
  console.log(`${name} (n ${replies.length}): category ${share(categoryHits, replies.length)}, sentiment ${share(sentimentHits, replies.length)}`);
  console.log(`  recall: ${recalls.join(', ')}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
