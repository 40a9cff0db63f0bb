export { inferContext, divisionOfLevelWord, type ArticleContext } from './context.js';
export { loadLexicon, activeLexicon, type LoadLexiconOptions } from './active.js';
export { LexiconFileError, type BodyKind, type Lexicon } from './lexicon.js';
export { getGazetteer, type PlaceInfo, type PlaceLevel } from './gazetteer.js';
