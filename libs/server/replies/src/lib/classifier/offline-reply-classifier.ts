/**
 * Classifies a creator's reply to a collaboration email (what they want and how they feel about it)
 * without a network call, using the model trained by `npm run train -- replies` and committed as
 * reply-model.json next to this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPLY_CATEGORIES, REPLY_SENTIMENTS, type ReplyCategory, type ReplySentiment } from '@parley/shared-types';
import { extractReplyFeatures } from './reply-features';
import { type ModelJson, SoftmaxModel } from './softmax-model';

export interface ReplyClassification {
  category: ReplyCategory;
  sentiment: ReplySentiment;
  /** The model's probability for the chosen category, in [0, 1]. */
  confidence: number;
}

export const REPLY_MODEL_PATH = join(__dirname, 'reply-model.json');

export class OfflineReplyClassifier {
  private static committed: OfflineReplyClassifier | undefined;

  private constructor(
    private readonly model: SoftmaxModel,
    private readonly categories: readonly ReplyCategory[],
    private readonly sentiments: readonly ReplySentiment[],
  ) {}

  static fromModel(json: ModelJson): OfflineReplyClassifier {
    const model = SoftmaxModel.fromJson(json);
    return new OfflineReplyClassifier(
      model,
      model.labels('category').map((label) => known(label, REPLY_CATEGORIES)),
      model.labels('sentiment').map((label) => known(label, REPLY_SENTIMENTS)),
    );
  }

  /** The committed model, read on first use and shared afterwards (parsing it takes tens of milliseconds). */
  static load(): OfflineReplyClassifier {
    OfflineReplyClassifier.committed ??= OfflineReplyClassifier.fromModel(JSON.parse(readFileSync(REPLY_MODEL_PATH, 'utf8')) as ModelJson);
    return OfflineReplyClassifier.committed;
  }

  classify(text: string): ReplyClassification {
    const probabilities = this.model.predict(extractReplyFeatures(text));
    const category = argmax(probabilities.category);
    return {
      category: this.categories[category],
      sentiment: this.sentiments[argmax(probabilities.sentiment)],
      confidence: probabilities.category[category],
    };
  }
}

/** A model trained against other labels than the app's would silently mislabel replies; refuse it instead. */
function known<T extends string>(label: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === label);
  if (match === undefined) throw new Error(`Reply model label "${label}" is not one of ${allowed.join(', ')}`);
  return match;
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
