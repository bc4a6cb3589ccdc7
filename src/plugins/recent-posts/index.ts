/**
 * Exposes the newest blog posts (title, link, date, description) to the homepage as plugin
 * global data. Reading them from the blog plugin's own content keeps permalinks and the
 * current locale right without re-parsing the files.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';

export interface RecentPost {
  title: string;
  permalink: string;
  date: string;
  description: string;
}

interface BlogContentLike {
  blogPosts: Array<{
    metadata: {
      title: string;
      permalink: string;
      date: Date | string;
      description: string;
      unlisted?: boolean;
    };
  }>;
}

export default function recentPostsPlugin(_context: LoadContext, options: unknown): Plugin {
  const requested = (options as { count?: unknown } | undefined)?.count;
  const count = typeof requested === 'number' && requested > 0 ? requested : 3;
  return {
    name: 'atlas-recent-posts',
    allContentLoaded({ allContent, actions }) {
      const blog = allContent['docusaurus-plugin-content-blog']?.default as
        BlogContentLike | undefined;
      const posts: RecentPost[] = (blog?.blogPosts ?? [])
        .filter((p) => !p.metadata.unlisted)
        .slice(0, count)
        .map(({ metadata }) => ({
          title: metadata.title,
          permalink: metadata.permalink,
          date: new Date(metadata.date).toISOString().slice(0, 10),
          description: metadata.description,
        }));
      actions.setGlobalData({ posts });
    },
  };
}
