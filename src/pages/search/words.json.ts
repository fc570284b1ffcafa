// /search/words.json: the words that name the site's topics, most frequent first. The
// search UI fetches it only when a query matches nothing, to fix typos ("siatica").
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { loadSite } from '../../data/site';
import { buildVocabulary } from '../../lib/search/spelling';

export const GET: APIRoute = async () => {
  const { articles } = await loadSite();
  const texts: string[] = [];
  for (const article of articles) {
    const { headings } = await render(article.entry);
    const question = article.collection === 'faqs' ? article.heading : '';
    texts.push(article.title, article.description, ...article.entry.data.aliases, question, ...headings.map((h) => h.text));
  }
  return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
