// /es/search/strings.json: the search UI's sentences in Spanish.
export { GET } from '../../../pages/search/strings.json';
