/**
 * `npm run eval -- replies`: scores the committed reply model (through OfflineReplyClassifier.load(),
 * exactly as the app uses it) on the held-out data/replies/eval.jsonl: accuracy, per-category
 * precision and recall, the confusion matrix, sentiment accuracy, accuracy per language and the
 * mean time to classify one reply.
 */
import { join } from 'node:path';
import { REPLY_CATEGORIES } from '@parley/shared-types';
import { OfflineReplyClassifier, type ReplyClassification } from '../libs/server/replies/src/lib/classifier/offline-reply-classifier';
import { type LabelledReply, readLabelledReplies, REPLIES_DATA_DIR } from './train-replies';

interface Outcome {
  reply: LabelledReply;
  predicted: ReplyClassification;
}

function main(): void {
  const replies = readLabelledReplies(join(REPLIES_DATA_DIR, 'eval.jsonl'));
  const loadStarted = performance.now();
  const classifier = OfflineReplyClassifier.load();
  const loadMs = performance.now() - loadStarted;

  const classifyStarted = performance.now();
  const outcomes = replies.map((reply) => ({ reply, predicted: classifier.classify(reply.text) }));
  const classifyMs = performance.now() - classifyStarted;

  console.log(`n ${outcomes.length}`);
  console.log(`category accuracy ${percent(accuracy(outcomes, (o) => o.predicted.category === o.reply.category))}`);
  console.log(`sentiment accuracy ${percent(accuracy(outcomes, (o) => o.predicted.sentiment === o.reply.sentiment))}`);
  printPerCategory(outcomes);
  printConfusion(outcomes);
  printPerLanguage(outcomes);
  console.log(`model load ${loadMs.toFixed(0)} ms; classify ${(classifyMs / outcomes.length).toFixed(3)} ms per reply (mean of ${outcomes.length})`);
}

function printPerCategory(outcomes: Outcome[]): void {
  console.log('\ncategory            precision  recall   n');
  for (const category of REPLY_CATEGORIES) {
    const predicted = outcomes.filter((o) => o.predicted.category === category);
    const labelled = outcomes.filter((o) => o.reply.category === category);
    const hits = labelled.filter((o) => o.predicted.category === category).length;
    console.log(
      `${category.padEnd(20)}${percent(ratio(hits, predicted.length)).padStart(9)}${percent(ratio(hits, labelled.length)).padStart(8)}${String(labelled.length).padStart(5)}`,
    );
  }
}

/** Rows are the labels, columns the predictions (headed by the labels' first eight letters, to fit a terminal). */
function printConfusion(outcomes: Outcome[]): void {
  const labelWidth = Math.max(...REPLY_CATEGORIES.map((c) => c.length)) + 2;
  const cell = (text: string) => text.slice(0, 8).padStart(10);
  console.log(`\nconfusion (rows label, columns prediction)\n${''.padEnd(labelWidth)}${REPLY_CATEGORIES.map(cell).join('')}`);
  for (const label of REPLY_CATEGORIES) {
    const row = REPLY_CATEGORIES.map((predicted) =>
      cell(String(outcomes.filter((o) => o.reply.category === label && o.predicted.category === predicted).length)),
    );
    console.log(`${label.padEnd(labelWidth)}${row.join('')}`);
  }
}

function printPerLanguage(outcomes: Outcome[]): void {
  console.log('\nlanguage  category  sentiment   n');
  for (const language of [...new Set(outcomes.map((o) => o.reply.language))].sort()) {
    const own = outcomes.filter((o) => o.reply.language === language);
    const category = percent(accuracy(own, (o) => o.predicted.category === o.reply.category));
    const sentiment = percent(accuracy(own, (o) => o.predicted.sentiment === o.reply.sentiment));
    console.log(`${language.padEnd(10)}${category.padStart(8)}${sentiment.padStart(11)}${String(own.length).padStart(5)}`);
  }
  console.log('');
}

function accuracy(outcomes: Outcome[], correct: (outcome: Outcome) => boolean): number | null {
  return ratio(outcomes.filter(correct).length, outcomes.length);
}

function ratio(hits: number, total: number): number | null {
  return total === 0 ? null : hits / total;
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(100 * value).toFixed(1)}%`;
}

main();
