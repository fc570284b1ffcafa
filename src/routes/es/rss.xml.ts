// /es/rss.xml: the Spanish guides (the English feed's route, run for the Spanish site).
export { GET } from '../../pages/rss.xml';
