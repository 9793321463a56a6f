'use strict';
// Adapters: load() -> { tokens?: (string[]) => rawTag[], text?: (string) => [{start,end,tag}] }
// coarse(rawTag) -> NOUN VERB ADJ ADP DET PRON NUM ADV CONJ PART PUNCT X
const PENN = {
  NN: 'NOUN', NNS: 'NOUN', NNP: 'NOUN', NNPS: 'NOUN', N: 'NOUN',
  VB: 'VERB', VBD: 'VERB', VBG: 'VERB', VBN: 'VERB', VBP: 'VERB', VBZ: 'VERB', MD: 'VERB',
  JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ',
  RB: 'ADV', RBR: 'ADV', RBS: 'ADV', WRB: 'ADV',
  IN: 'ADP', DT: 'DET', PDT: 'DET', WDT: 'DET',
  PRP: 'PRON', 'PRP$': 'PRON', WP: 'PRON', 'WP$': 'PRON', EX: 'PRON',
  CD: 'NUM', CC: 'CONJ', TO: 'PART', RP: 'PART', POS: 'PART',
  '.': 'PUNCT', ',': 'PUNCT', ':': 'PUNCT', '``': 'PUNCT', "''": 'PUNCT', '(': 'PUNCT', ')': 'PUNCT',
  '"': 'PUNCT', '#': 'PUNCT', $: 'PUNCT', SYM: 'PUNCT', FW: 'X', LS: 'X', UH: 'X',
};
const penn = (t) => PENN[t] || 'X';
const UD = { NOUN: 'NOUN', PROPN: 'NOUN', VERB: 'VERB', AUX: 'VERB', ADJ: 'ADJ', ADV: 'ADV', ADP: 'ADP',
  SCONJ: 'ADP', CCONJ: 'CONJ', DET: 'DET', PRON: 'PRON', NUM: 'NUM', PART: 'PART', PUNCT: 'PUNCT', SYM: 'PUNCT' };
const ud = (t) => UD[t] || 'X';
// compromise: tags are a Set of names; pick by priority
const CMP = [['Pronoun', 'PRON'], ['QuestionWord', 'PRON'], ['Determiner', 'DET'], ['Preposition', 'ADP'],
  ['Conjunction', 'CONJ'], ['Ordinal', 'ADJ'], ['Value', 'NUM'], ['Cardinal', 'NUM'], ['NumericValue', 'NUM'],
  ['Year', 'NUM'], ['Particle', 'PART'], ['Verb', 'VERB'], ['Adverb', 'ADV'], ['Adjective', 'ADJ'],
  ['Noun', 'NOUN'], ['Date', 'NOUN'], ['Unit', 'NOUN']];
const cmp = (tags) => { if (tags === 'PUNCT') return 'PUNCT'; for (const [k, v] of CMP) if (tags.has(k)) return v; return 'X'; };

module.exports = {
  'wink-nlp': {
    license: 'MIT', pkgs: ['wink-nlp', 'wink-eng-lite-web-model'], coarse: ud,
    load() {
      const winkNLP = require('wink-nlp'); const model = require('wink-eng-lite-web-model');
      const nlp = winkNLP(model, ['pos']); const its = nlp.its;
      return { text(s) {
        const toks = nlp.readDoc(s).tokens();
        const v = toks.out(), sp = toks.out(its.precedingSpaces), pos = toks.out(its.pos);
        const out = []; let o = 0;
        for (let i = 0; i < v.length; i++) { o += sp[i].length; out.push({ start: o, end: o + v[i].length, tag: pos[i] }); o += v[i].length; }
        return out;
      } };
    },
  },
  'en-pos': {
    license: 'MIT', pkgs: ['en-pos', 'en-lexicon', 'en-inflectors', 'cities-list', 'humannames'], coarse: penn,
    load() { const { Tag } = require('en-pos'); return { tokens: (t) => new Tag(t).initial().smooth().tags }; },
  },
  'natural-brill': {
    license: 'MIT', pkgs: ['natural'], coarse: penn, // loads only the brill sub-module (require('natural') pulls in much more)
    load() {
      const { BrillPOSTagger, Lexicon, RuleSet } = require('natural/lib/natural/brill_pos_tagger');
      const tg = new BrillPOSTagger(new Lexicon('EN', 'NN', 'NNP'), new RuleSet('EN'));
      return { tokens: (t) => tg.tag(t).taggedWords.map((w) => w.tag) };
    },
  },
  'natural-brill(full require)': {
    license: 'MIT', pkgs: ['natural'], coarse: penn, startupOnly: true,
    load() {
      const natural = require('natural');
      const tg = new natural.BrillPOSTagger(new natural.Lexicon('EN', 'NN', 'NNP'), new natural.RuleSet('EN'));
      return { tokens: (t) => tg.tag(t).taggedWords.map((w) => w.tag) };
    },
  },
  'wink-pos-tagger': {
    license: 'MIT', pkgs: ['wink-pos-tagger', 'wink-lexicon', 'wink-lemmatizer', 'wink-helpers', 'wink-tokenizer', 'wink-porter2-stemmer'], coarse: penn,
    load() { const tg = require('wink-pos-tagger')(); return { tokens: (t) => tg.tagRawTokens(t).map((x) => x.pos) }; },
  },
  'compromise(tokens)': {
    license: 'MIT', pkgs: ['compromise', 'efrt', 'suffix-thumb'], coarse: cmp,
    load() { const nlp = require('compromise/two');
      // pre-tokenized input via compromise's JSON input (array-of-arrays input does not lower-case `normal`);
      // punctuation tokens are folded into the previous term's `post`, as compromise's own tokenizer does
      return { tokens(t) {
        const terms = [], idx = [];
        for (let i = 0; i < t.length; i++) {
          if (/^[^\w$%]+$/.test(t[i]) && terms.length) { terms[terms.length - 1].post += t[i]; idx.push(-1); continue; }
          idx.push(terms.length); terms.push({ text: t[i], normal: t[i].toLowerCase(), pre: '', post: ' ', tags: [] });
        }
        const tagged = nlp([{ terms }]).docs[0];
        return idx.map((j) => (j < 0 ? 'PUNCT' : tagged[j].tags));
      } }; },
  },
  'compromise(text)': {
    license: 'MIT', pkgs: ['compromise', 'efrt', 'suffix-thumb'], coarse: cmp,
    load() { const nlp = require('compromise/two');
      return { text(s) {
        const out = [];
        for (const sent of nlp(s).json({ offset: true, terms: { offset: true } }))
          for (const term of sent.terms) out.push({ start: term.offset.start, end: term.offset.start + term.offset.length, tag: new Set(term.tags) });
        return out;
      } }; },
  },
  'pos (pos-js, LGPL)': {
    license: 'LGPL-3.0', pkgs: ['pos'], coarse: penn,
    load() { const pos = require('pos'); const tg = new pos.Tagger(); return { tokens: (t) => tg.tag(t).map((x) => x[1]) }; },
  },
};
