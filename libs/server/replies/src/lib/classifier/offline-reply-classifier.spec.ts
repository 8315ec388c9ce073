import { existsSync } from 'node:fs';
import { REPLY_CATEGORIES, REPLY_SENTIMENTS, type ReplyCategory, type ReplySentiment } from '@parley/shared-types';
import { OfflineReplyClassifier, REPLY_MODEL_PATH } from './offline-reply-classifier';
import { extractReplyFeatures, mentionsMoney } from './reply-features';
import { DEFAULT_TRAINING, type ModelJson, train } from './softmax-model';

type FixtureLine = [text: string, category: ReplyCategory, sentiment: ReplySentiment];

const FIXTURE: FixtureLine[] = [
  ['Yes! I would love to work with you on this campaign, count me in.', 'interested', 'positive'],
  ['Sounds great, I am interested. Happy to collaborate!', 'interested', 'positive'],
  ['¡Me encanta la propuesta! Cuenten conmigo para la colaboración.', 'interested', 'positive'],
  ['Adorei a proposta, tenho muito interesse em participar!', 'interested', 'positive'],
  ["J'adore l'idée, je suis partante pour cette collaboration !", 'interested', 'positive'],
  ['Sehr gerne, ich bin dabei und freue mich auf die Zusammenarbeit!', 'interested', 'positive'],
  ['What are the deliverables and what is the timeline for the posts?', 'questions', 'neutral'],
  ['Could you tell me more about the product? Do I need to ship it back?', 'questions', 'neutral'],
  ['¿Cuántas publicaciones serían y cuál es la fecha de entrega?', 'questions', 'neutral'],
  ['Quais seriam os entregáveis? Qual é o prazo da campanha?', 'questions', 'neutral'],
  ['Quels sont les livrables attendus et quel est le calendrier ?', 'questions', 'neutral'],
  ['Welche Inhalte genau erwartet ihr und bis wann?', 'questions', 'neutral'],
  ['No thanks, this is not a fit for my channel. Please remove me.', 'declined', 'negative'],
  ["I'm not interested, I don't do sponsored content.", 'declined', 'negative'],
  ['No me interesa, gracias. Por favor no me escriban más.', 'declined', 'negative'],
  ['Não tenho interesse, obrigado. Não faz sentido para o meu perfil.', 'declined', 'negative'],
  ["Non merci, ça ne m'intéresse pas du tout.", 'declined', 'negative'],
  ['Nein danke, kein Interesse an dieser Kooperation.', 'declined', 'negative'],
  ['My rate for one reel is $850, plus usage rights.', 'rate_negotiation', 'neutral'],
  ['I charge 1.2k per video; can you increase the budget?', 'rate_negotiation', 'neutral'],
  ['Mi tarifa es de 800 € por publicación, ¿podemos ajustar el presupuesto?', 'rate_negotiation', 'neutral'],
  ['Meu cachê é R$ 2.500 por vídeo, vocês conseguem pagar esse valor?', 'rate_negotiation', 'neutral'],
  ['Mon tarif est de 900 € par vidéo, le budget est trop bas.', 'rate_negotiation', 'neutral'],
  ['Mein Honorar liegt bei 1.000 EUR pro Beitrag, das Budget ist zu niedrig.', 'rate_negotiation', 'neutral'],
  ['I am out of the office until Monday with limited access to email.', 'auto_reply', 'neutral'],
  ['Thank you for your email. This is an automatic reply; I will respond when I return.', 'auto_reply', 'neutral'],
  ['Estoy de vacaciones hasta el lunes. Respuesta automática.', 'auto_reply', 'neutral'],
  ['Estou fora do escritório até segunda-feira. Resposta automática.', 'auto_reply', 'neutral'],
  ["Je suis absente jusqu'au 15 août. Réponse automatique.", 'auto_reply', 'neutral'],
  ['Ich bin bis zum 15. August nicht im Büro. Automatische Antwort.', 'auto_reply', 'neutral'],
  ['Earn $5000 a week from home! Click here http://bit.ly/xyz to claim your prize', 'spam', 'neutral'],
  ['Buy followers cheap, 10k followers for $9. Visit www.getfollowers.biz', 'spam', 'neutral'],
  ['Gana dinero fácil con criptomonedas, haz clic aquí http://crypto.example', 'spam', 'neutral'],
  ['Ganhe seguidores grátis agora, clique no link http://promo.example', 'spam', 'neutral'],
  ['Gagnez un iPhone gratuit, cliquez ici http://gagner.example', 'spam', 'neutral'],
  ['Verdienen Sie 5000 € im Monat von zu Hause, klicken Sie hier http://geld.example', 'spam', 'neutral'],
];

function trainOnFixture(): ModelJson {
  return train(
    FIXTURE.map(([text, category, sentiment]) => ({ features: extractReplyFeatures(text), labels: { category, sentiment } })),
    { ...DEFAULT_TRAINING, minCount: 1, labels: { category: REPLY_CATEGORIES, sentiment: REPLY_SENTIMENTS } },
  );
}

describe('reply features', () => {
  it.each([
    'My rate is $850 per post',
    'Meu cachê é R$ 2.500',
    'Mon tarif: 800 €',
    'I usually charge 1.2k',
    'USD 1,500 for two reels',
    '1500 euros is my minimum',
    '€1.200,50 all in',
  ])('detects money in "%s"', (text) => {
    expect(mentionsMoney(text)).toBe(true);
    expect(extractReplyFeatures(text).has('#money')).toBe(true);
  });

  it.each(['I have 3 dogs and 2 cats', 'Back on 12.05, talk soon', 'Europe is lovely in May'])('finds no money in "%s"', (text) => {
    expect(mentionsMoney(text)).toBe(false);
  });

  it('marks questions, links, addresses and short replies', () => {
    const features = extractReplyFeatures('Sure? Write to me@example.com or see https://example.com');
    expect([...features.keys()].filter((name) => name.startsWith('#') && !name.startsWith('#length')).sort()).toEqual(['#email', '#question', '#url']);
    expect(extractReplyFeatures('Sounds good!').has('#short')).toBe(true);
  });

  it('keeps accented words and adds their unaccented spelling, with character n-grams of the latter', () => {
    const features = extractReplyFeatures('Não, OBRIGADO');
    expect(features.has('w:não')).toBe(true);
    expect(features.has('w:nao')).toBe(true);
    expect(features.has('w:obrigado')).toBe(true);
    expect(features.has('b:nao obrigado')).toBe(true);
    expect(features.has('c:<nao>')).toBe(true);
  });
});

describe('OfflineReplyClassifier', () => {
  const fixtureClassifier = OfflineReplyClassifier.fromModel(trainOnFixture());

  it('separates the replies it was trained on', () => {
    for (const [text, category, sentiment] of FIXTURE) expect(fixtureClassifier.classify(text)).toMatchObject({ category, sentiment });
  });

  it('generalises to obvious unseen replies', () => {
    expect(fixtureClassifier.classify('No thanks, not interested.').category).toBe('declined');
    expect(fixtureClassifier.classify('My rate would be $1,200 per reel.').category).toBe('rate_negotiation');
    expect(fixtureClassifier.classify('Respuesta automática: estoy fuera de la oficina.').category).toBe('auto_reply');
  });

  it('reports the top category probability as confidence', () => {
    const { confidence } = fixtureClassifier.classify('Yes, I would love to collaborate!');
    expect(confidence).toBeGreaterThan(1 / REPLY_CATEGORIES.length);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it('trains deterministically', () => {
    expect(JSON.stringify(trainOnFixture())).toBe(JSON.stringify(trainOnFixture()));
  });

  it('refuses a model whose labels the app does not know', () => {
    const model = trainOnFixture();
    expect(() =>
      OfflineReplyClassifier.fromModel({
        ...model,
        heads: { ...model.heads, category: { ...model.heads.category, labels: ['maybe', ...model.heads.category.labels.slice(1)] } },
      }),
    ).toThrow(/maybe/);
  });

  // The committed model once it has been trained; until then the fixture's, so the test always runs.
  describe(existsSync(REPLY_MODEL_PATH) ? 'committed model' : 'fixture model (no reply-model.json yet)', () => {
    const classifier = existsSync(REPLY_MODEL_PATH) ? OfflineReplyClassifier.load() : fixtureClassifier;

    it.each<[string, ReplyCategory]>([
      ['Yes, I would love to collaborate! Count me in.', 'interested'],
      ['No thanks, I am not interested.', 'declined'],
      ['¿Cuál es la fecha de entrega y cuántas publicaciones serían?', 'questions'],
      ['Meu cachê é R$ 3.000 por vídeo.', 'rate_negotiation'],
      ["Je suis absent jusqu'au 20 août. Ceci est une réponse automatique.", 'auto_reply'],
      ['Nein danke, kein Interesse.', 'declined'],
    ])('classifies "%s" as %s', (text, category) => {
      expect(classifier.classify(text).category).toBe(category);
    });
  });
});
