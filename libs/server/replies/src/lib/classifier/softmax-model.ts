/**
 * Multinomial logistic regression with two heads (category and sentiment) over one shared sparse
 * vocabulary, trained by Adagrad with L2. Training is deterministic: a fixed vocabulary order, a
 * seeded shuffle and a fixed number of epochs, so the same examples always give the same model.
 */
import { type SparseFeatures } from './reply-features';

export const HEAD_NAMES = ['category', 'sentiment'] as const;
export type HeadName = (typeof HEAD_NAMES)[number];

export interface TrainingExample {
  features: SparseFeatures;
  labels: Record<HeadName, string>;
}

export interface TrainingOptions {
  labels: Record<HeadName, readonly string[]>;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer examples than this are dropped: they cannot generalise and bloat the model. */
  minCount: number;
  maxFeatures: number;
  seed: number;
  /** |w| below this is stored as zero; it keeps the committed file small at no measurable cost. */
  minStoredWeight: number;
}

export const DEFAULT_TRAINING: Omit<TrainingOptions, 'labels'> = {
  epochs: 12,
  learningRate: 0.1,
  l2: 0.003,
  minCount: 2,
  maxFeatures: 40_000,
  seed: 20_240_601,
  minStoredWeight: 5e-4,
};

export interface HeadJson {
  labels: string[];
  /** Per label, in ten-thousandths (weights are stored rounded to 4 decimals, as integers). */
  bias: number[];
  /**
   * Per label, its non-zero weights as flat pairs: the feature index as the gap from the previous
   * pair's, then the weight in ten-thousandths. Gaps and integers halve the file against absolute
   * indices and decimals; 40k features would not fit in ~3 MB otherwise.
   */
  weights: number[][];
}

export interface ModelJson {
  version: 1;
  features: string[];
  heads: Record<HeadName, HeadJson>;
}

export type HeadProbabilities = Record<HeadName, number[]>;

const TEN_THOUSANDTHS = 10_000;
const ADAGRAD_EPSILON = 1e-8;

export function train(examples: readonly TrainingExample[], options: TrainingOptions): ModelJson {
  const vocabulary = buildVocabulary(examples, options);
  const index = new Map(vocabulary.map((name, i) => [name, i]));
  const encoded = examples.map((example) => ({ input: encode(example.features, index), targets: targetsOf(example, options.labels) }));
  const heads = mapHeads((head) => new TrainableHead(vocabulary.length, options.labels[head].length));

  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { input, targets } = encoded[i];
      for (const head of HEAD_NAMES) heads[head].step(input, targets[head], options);
    }
  }
  return {
    version: 1,
    features: vocabulary,
    heads: mapHeads((head) => heads[head].toJson(options.labels[head], options.minStoredWeight)),
  };
}

/** A trained model ready to score: weights unpacked into dense rows for fast lookup. */
export class SoftmaxModel {
  private constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly heads: Record<HeadName, ScoringHead>,
  ) {}

  static fromJson(json: ModelJson): SoftmaxModel {
    const index = new Map(json.features.map((name, i) => [name, i]));
    return new SoftmaxModel(
      index,
      mapHeads((head) => ScoringHead.fromJson(json.heads[head], json.features.length)),
    );
  }

  labels(head: HeadName): readonly string[] {
    return this.heads[head].labels;
  }

  predict(features: SparseFeatures): HeadProbabilities {
    const input = encode(features, this.index);
    return mapHeads((head) => this.heads[head].probabilities(input));
  }
}

interface EncodedInput {
  indices: number[];
  values: number[];
}

class ScoringHead {
  constructor(
    readonly labels: readonly string[],
    private readonly bias: Float64Array,
    /** Row-major: feature i's weight for label c is at i * labels + c. */
    private readonly weights: Float64Array,
  ) {}

  static fromJson(json: HeadJson, featureCount: number): ScoringHead {
    const width = json.labels.length;
    const weights = new Float64Array(featureCount * width);
    json.weights.forEach((pairs, label) => {
      let feature = 0;
      for (let k = 0; k < pairs.length; k += 2) {
        feature += pairs[k];
        weights[feature * width + label] = pairs[k + 1] / TEN_THOUSANDTHS;
      }
    });
    return new ScoringHead(
      json.labels,
      Float64Array.from(json.bias, (units) => units / TEN_THOUSANDTHS),
      weights,
    );
  }

  probabilities(input: EncodedInput): number[] {
    return softmax(scores(input, this.bias, this.weights));
  }
}

class TrainableHead {
  private readonly bias: Float64Array;
  private readonly weights: Float64Array;
  private readonly biasSquaredGradients: Float64Array;
  private readonly squaredGradients: Float64Array;

  constructor(
    featureCount: number,
    private readonly width: number,
  ) {
    this.bias = new Float64Array(width);
    this.weights = new Float64Array(featureCount * width);
    this.biasSquaredGradients = new Float64Array(width);
    this.squaredGradients = new Float64Array(featureCount * width);
  }

  step(input: EncodedInput, target: number, { learningRate, l2 }: TrainingOptions): void {
    const probabilities = softmax(scores(input, this.bias, this.weights));
    for (let label = 0; label < this.width; label++) {
      const error = probabilities[label] - (label === target ? 1 : 0);
      this.bias[label] -= adagradStep(this.biasSquaredGradients, label, error, learningRate);
      for (let k = 0; k < input.indices.length; k++) {
        const at = input.indices[k] * this.width + label;
        // L2 is applied only where the example touches: decaying all 40k rows each step would cost more than the rest of training.
        const gradient = error * input.values[k] + l2 * this.weights[at];
        this.weights[at] -= adagradStep(this.squaredGradients, at, gradient, learningRate);
      }
    }
  }

  toJson(labels: readonly string[], minStoredWeight: number): HeadJson {
    const featureCount = this.weights.length / this.width;
    const minUnits = Math.max(1, Math.round(minStoredWeight * TEN_THOUSANDTHS));
    const weights = labels.map((_, label) => {
      const pairs: number[] = [];
      let previous = 0;
      for (let i = 0; i < featureCount; i++) {
        const units = Math.round(this.weights[i * this.width + label] * TEN_THOUSANDTHS);
        if (Math.abs(units) < minUnits) continue;
        pairs.push(i - previous, units);
        previous = i;
      }
      return pairs;
    });
    return { labels: [...labels], bias: Array.from(this.bias, (bias) => Math.round(bias * TEN_THOUSANDTHS)), weights };
  }
}

function adagradStep(squaredGradients: Float64Array, at: number, gradient: number, learningRate: number): number {
  squaredGradients[at] += gradient * gradient;
  return (learningRate * gradient) / (Math.sqrt(squaredGradients[at]) + ADAGRAD_EPSILON);
}

/** The most frequent features (by number of examples), ties broken by name so the order never depends on input order. */
function buildVocabulary(examples: readonly TrainingExample[], { minCount, maxFeatures }: TrainingOptions): string[] {
  const counts = new Map<string, number>();
  for (const { features } of examples) {
    for (const name of features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, maxFeatures)
    .map(([name]) => name)
    .sort();
}

function encode(features: SparseFeatures, index: ReadonlyMap<string, number>): EncodedInput {
  const indices: number[] = [];
  const values: number[] = [];
  for (const [name, value] of features) {
    const i = index.get(name);
    if (i === undefined) continue;
    indices.push(i);
    values.push(value);
  }
  return { indices, values };
}

function targetsOf(example: TrainingExample, labels: TrainingOptions['labels']): Record<HeadName, number> {
  return mapHeads((head) => {
    const target = labels[head].indexOf(example.labels[head]);
    if (target === -1) throw new Error(`Unknown ${head} label "${example.labels[head]}"`);
    return target;
  });
}

function scores(input: EncodedInput, bias: Float64Array, weights: Float64Array): number[] {
  const width = bias.length;
  const result = Array.from(bias);
  for (let k = 0; k < input.indices.length; k++) {
    const row = input.indices[k] * width;
    const value = input.values[k];
    for (let label = 0; label < width; label++) result[label] += weights[row + label] * value;
  }
  return result;
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function mapHeads<T>(build: (head: HeadName) => T): Record<HeadName, T> {
  return { category: build('category'), sentiment: build('sentiment') };
}

/** mulberry32: tiny, fast and identical on every platform, unlike Math.random. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
