// /search/words.json: the words that name the site's topics, most frequent first, in the
// page's language (/es/search/words.json: the Spanish pages' words). The search UI fetches it
// only when a query matches nothing, to fix typos ("siatica").
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { buildVocabulary } from '../../lib/search/spelling';

export const GET: APIRoute = async ({ locals }) => {
  const { articles } = locals.site;
  const texts: string[] = [];
  for (const article of articles) {
    const { headings } = await render(article.content);
    const question = article.collection === 'faqs' ? article.heading : '';
    texts.push(article.title, article.description, ...article.entry.data.aliases, question, ...headings.map((h) => h.text));
  }
  return new Response(JSON.stringify(buildVocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
