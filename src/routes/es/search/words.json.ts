// /es/search/words.json: the Spanish topic words, for typo fixes on Spanish searches.
export { GET } from '../../../pages/search/words.json';
