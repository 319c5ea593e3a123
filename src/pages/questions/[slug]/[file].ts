import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuestions } from '../../../data/catalog.ts';
import { questionsDir } from '../../../loaders/questions-loader.ts';

/** Serves every sample's .py beside its page, so readers can download exactly what was tested. */
export const getStaticPaths = (async () => {
  const questions = await getQuestions();
  return questions.flatMap(({ slug }) =>
    readdirSync(join(questionsDir, slug))
      .filter((name) => name.endsWith('.py'))
      .map((file) => ({ params: { slug, file } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(questionsDir, params.slug!, params.file!), 'utf8'), {
    headers: { 'Content-Type': 'text/x-python; charset=utf-8' },
  });
