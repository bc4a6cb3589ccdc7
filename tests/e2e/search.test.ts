/**
 * Search, end to end, in Chromium against the built site: the navbar dialog (keyboard, IME,
 * recent searches, phone layout, accessibility), the /search?q= page opened directly in both
 * locales, the homepage form, and hostile queries (each its own test, all on one page load).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile, openPage, type WatchedPage, seriousAxeViolations } from './harness';

const browser = browserForFile();

const dialog = (page: Page) => page.locator('[role="dialog"]');
const combobox = (page: Page) => page.locator('[role="dialog"] input[role="combobox"]');
const options = (page: Page) => page.locator('[role="dialog"] [role="option"]');

async function openDialog(page: Page): Promise<void> {
  // Shortcuts work once the page is hydrated; the button says so.
  await page.locator('[data-atlas-search-button][data-ready]').first().waitFor();
  await page.keyboard.press('Control+k');
  await combobox(page).waitFor();
}

/** Types like a person would; results must appear while typing. */
async function typeQuery(page: Page, q: string): Promise<void> {
  await combobox(page).fill('');
  await combobox(page).pressSequentially(q, { delay: 5 });
}

async function withPage<T>(
  path: string,
  fn: (w: WatchedPage) => Promise<T>,
  options = {},
): Promise<T> {
  const w = await openPage(browser(), path, options);
  try {
    return await fn(w);
  } finally {
    await w.close();
  }
}

describe('search dialog', () => {
  it('fetches no index on page load, only when search is opened', async () => {
    await withPage('/docs', async ({ page, problems }) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.waitForTimeout(500);
      expect(requested.filter((u) => u.includes('/search/'))).toEqual([]);
      await openDialog(page);
      await typeQuery(page, 'transformer');
      await options(page).first().waitFor();
      expect(requested.some((u) => /\/search\/index\.[0-9a-f]+\.json$/.test(u))).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it('highlights only 羊驼, 许可 and the LLaMA names they match, with no # before titles', async () => {
    await withPage('/docs', async ({ page, problems }) => {
      await openDialog(page);
      await typeQuery(page, '羊驼 许可');
      await options(page).first().waitFor();
      const texts = await options(page).allInnerTexts();
      expect(texts.filter((t) => t.trim().startsWith('#'))).toEqual([]);
      const marked = await dialog(page).locator('mark').allInnerTexts();
      expect(marked.length).toBeGreaterThan(0);
      const stray = marked.filter((t) => !/^(羊驼|许可|llama([\s-]?(1|7b))?)$/i.test(t.trim()));
      expect(stray).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it('shows results as you type and Enter opens the first one', async () => {
    await withPage('/docs', async ({ page, problems }) => {
      await openDialog(page);
      await typeQuery(page, 'Transformer');
      const first = options(page).first();
      await first.waitFor();
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
      const href = (await first.getAttribute('href'))!;
      expect(href).toMatch(/transformer/i);
      await combobox(page).press('Enter');
      await page.waitForURL(
        (u) => u.pathname + u.hash === decodeURI(href) || u.pathname + u.hash === href,
      );
      await expect(dialog(page).count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    });
  });

  it('jumps to a heading: a section hit links to page#heading and Enter lands there', async () => {
    await withPage('/docs/fundamentals/transformer', async ({ page, problems }) => {
      const heading = page.locator('article h2[id]').nth(1);
      const id = (await heading.getAttribute('id'))!;
      const text = (await heading.innerText()).replace(/[#\u200b]/g, '').trim();
      await page.goto(new URL('/docs', page.url()).href);
      await openDialog(page);
      await typeQuery(page, text);
      await options(page).first().waitFor();
      const hrefs = await options(page).evaluateAll((els) =>
        els.map((e) => decodeURI(e.getAttribute('href') ?? '')),
      );
      const target = hrefs.findIndex((h) => h.endsWith(`#${decodeURI(id)}`));
      expect(
        target,
        `an option linking to #${id} among ${hrefs.join(', ')}`,
      ).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < target; i++) await combobox(page).press('ArrowDown');
      await combobox(page).press('Enter');
      await page.waitForURL((u) => decodeURI(u.hash) === `#${decodeURI(id)}`);
      await page.waitForFunction((i) => !!document.getElementById(i), decodeURI(id));
      expect(problems).toEqual([]);
    });
  });

  it('opens with "/" and closes with Esc, giving focus back', async () => {
    await withPage('/docs', async ({ page }) => {
      const button = page.locator('[data-atlas-search-button][data-ready]').first();
      await button.focus();
      await button.press('Enter');
      await combobox(page).waitFor();
      await page.keyboard.press('Escape');
      await expect(dialog(page).count()).resolves.toBe(0);
      // Focus goes back once the dialog has unmounted, in an effect: wait for it.
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.hasAttribute('data-atlas-search-button')),
        )
        .toBe(true);
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      await combobox(page).waitFor();
      // Tab stays inside the dialog.
      for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
      await expect(
        page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')),
      ).resolves.toBe(true);
    });
  });

  it('waits for IME composition to end before searching', async () => {
    await withPage('/docs', async ({ page }) => {
      await openDialog(page);
      await page.locator('[role="dialog"]').evaluate(() => undefined);
      await combobox(page).evaluate((input: HTMLInputElement) => {
        input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
        // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input): React listens to the native setter
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, 'transformer');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.waitForTimeout(600);
      await expect(options(page).count()).resolves.toBe(0);
      await combobox(page).evaluate((input: HTMLInputElement) => {
        input.dispatchEvent(
          new CompositionEvent('compositionend', { bubbles: true, data: 'transformer' }),
        );
      });
      await options(page).first().waitFor();
    });
  });

  it('remembers recent searches', async () => {
    await withPage('/docs', async ({ page }) => {
      await openDialog(page);
      await typeQuery(page, 'vLLM');
      // Enter once the results are those of the whole query, as a reader would.
      await expect
        .poll(() => options(page).first().textContent(), { timeout: 30_000 })
        .toMatch(/vLLM/i);
      await combobox(page).press('Enter');
      await page.waitForURL((u) => !u.pathname.endsWith('/docs'));
      const stored = () => page.evaluate(() => localStorage.getItem('atlas-search-recent'));
      await expect
        .poll(async () => JSON.parse((await stored()) ?? '[]') as string[])
        .toContain('vLLM');
      // The dialog closes after the navigation; the shortcut opens a new one only once it has.
      await dialog(page).waitFor({ state: 'hidden' });
      await openDialog(page);
      await options(page).filter({ hasText: 'vLLM' }).first().waitFor();
    });
  });

  it('fills the screen on a phone', async () => {
    await withPage(
      '/docs',
      async ({ page }) => {
        await page.locator('[data-atlas-search-button][data-ready]').first().click();
        await combobox(page).waitFor();
        const box = (await dialog(page).boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(359);
        expect(box.height).toBeGreaterThanOrEqual(700);
      },
      { viewport: { width: 360, height: 740 } },
    );
  });

  it('is accessible (axe: no serious or critical violations) with results showing', async () => {
    await withPage('/docs', async ({ page }) => {
      await openDialog(page);
      await typeQuery(page, 'LoRA 微调');
      await options(page).first().waitFor();
      const serious = await seriousAxeViolations(page, 'light', { include: '[role="dialog"]' });
      expect(serious, serious.join('\n')).toEqual([]);
    });
  });
});

/** Results of /search?q= as [text, href] pairs, once the page has answered. */
async function resultLinks(page: Page): Promise<Array<[string, string]>> {
  await page.waitForFunction(() => {
    const state = document
      .querySelector('main [data-search-state]')
      ?.getAttribute('data-search-state');
    return state === 'done' || state === 'empty' || state === 'error';
  });
  return page
    .locator('main ol > li a')
    .evaluateAll((as) =>
      as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? ''] as [string, string]),
    );
}

describe('/search results page', () => {
  it('lists all results for q, best first, when opened directly', async () => {
    await withPage('/search?q=transformer', async ({ page, problems }) => {
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(1);
      expect(links[0]![0]).toMatch(/transformer/i);
      expect(links.every(([, href]) => href.startsWith('/') && !href.startsWith('/en/'))).toBe(
        true,
      );
      expect(problems).toEqual([]);
    });
  });

  it('works under /en/ with English links', async () => {
    await withPage('/en/search?q=transformer', async ({ page, problems }) => {
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.every(([, href]) => href.startsWith('/en/'))).toBe(true);
      expect(problems).toEqual([]);
    });
  });

  it('is reached from the dialog\'s "查看全部结果"', async () => {
    await withPage('/docs', async ({ page }) => {
      await openDialog(page);
      await typeQuery(page, '羊驼');
      await page.locator('[role="dialog"] a', { hasText: '查看全部结果' }).click();
      await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === '羊驼');
      const links = await resultLinks(page);
      // The best result may be the LLaMA card on a data page: its title or its #anchor names it.
      expect(links[0]!.join(' ')).toMatch(/llama|羊驼/i);
    });
  });

  it('answers the homepage form', async () => {
    await withPage('/', async ({ page, problems }) => {
      await page.locator('form[data-atlas-search-slot] input[name="q"]').fill('Hugging Face');
      await page.locator('form[data-atlas-search-slot] button[type="submit"]').click();
      await page.waitForURL((u) => u.pathname === '/search');
      const links = await resultLinks(page);
      expect(links[0]![0]).toMatch(/hugging ?face/i);
      expect(problems).toEqual([]);
    });
  });

  it('highlights exactly the matched words for 羊驼 许可, and no title starts with #', async () => {
    await withPage(`/search?q=${encodeURIComponent('羊驼 许可')}`, async ({ page, problems }) => {
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter(([text]) => text.trim().startsWith('#'))).toEqual([]);
      const marked = await page.locator('main mark').allInnerTexts();
      expect(marked.length).toBeGreaterThan(0);
      // 羊驼 is an alias of LLaMA: its matches are LLaMA, LLaMA 1, LLaMA 7B (or LLaMA-7B); never a lone 1 or 7B.
      const stray = marked.filter((t) => !/^(羊驼|许可|llama([\s-]?(1|7b))?)$/i.test(t.trim()));
      expect(stray).toEqual([]);
      expect(problems).toEqual([]);
    });
  });

  it('says so and suggests the glossary when nothing matches', async () => {
    await withPage('/search?q=zzzzqqqq', async ({ page }) => {
      await expect(resultLinks(page)).resolves.toEqual([]);
      await expect(page.locator('main').innerText()).resolves.toMatch(/没有找到/);
      await expect(page.locator('main a[href="/docs/glossary"]').count()).resolves.toBeGreaterThan(
        0,
      );
    });
  });
});

describe('hostile queries', () => {
  const hostile: Array<[string, string]> = [
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['script tag', '"><script>window.__pwned=1</script>'],
    ['regex metacharacters', '.*+?[](){}|\\'],
    ['10 000 characters', 'transformer '.repeat(834).slice(0, 10_000)],
    ['emoji', '🦙🤗 羊驼'],
    ['only punctuation', '？！。，、；：“”'],
    ['only spaces', '      '],
    ['empty', ''],
  ];

  /** One page load serves every query: each test runs its query on the same page, in turn. */
  function sharedTab(path: string) {
    const shared: { tab?: WatchedPage; alerted: boolean } = { alerted: false };
    beforeAll(async () => {
      shared.tab = await openPage(browser(), path);
      shared.tab.page.on('dialog', (d) => {
        shared.alerted = true;
        void d.dismiss();
      });
    });
    afterAll(async () => {
      await shared.tab?.close();
    });
    return shared;
  }

  /** Safe: nothing injected ran or rendered, nothing was alerted, and the page still answers at once. */
  async function expectSafe(
    shared: { tab?: WatchedPage; alerted: boolean },
    injected: string,
  ): Promise<void> {
    const { page, problems } = shared.tab!;
    const t = Date.now();
    await page.evaluate(() => 1);
    // Generous: the machine may be busy; a frozen page would not answer at all.
    expect(Date.now() - t).toBeLessThan(5000);
    await expect(page.locator(injected).count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    expect(shared.alerted).toBe(false);
    expect(problems).toEqual([]);
  }

  describe('on /search, submitted from its form (the page reads q from the URL)', () => {
    const shared = sharedTab('/search');
    it.each(hostile)('%s: stays safe and responsive', async (_name, q) => {
      const { page } = shared.tab!;
      // Set as a script would, past the input's maxlength: the URL can carry any length.
      await page.locator('#search-page-input').evaluate((input: HTMLInputElement, value) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
          input,
          value,
        );
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.form!.requestSubmit();
      }, q);
      await page.waitForURL((u) => u.searchParams.get('q') === q.trim());
      // Answered for this query: the status names it (or, with no query, asks for one).
      await page.waitForFunction(
        (shown) => {
          const state = document
            .querySelector('main [data-search-state]')
            ?.getAttribute('data-search-state');
          if (!shown) return state === 'empty';
          return (
            (state === 'done' || state === 'error') &&
            document.querySelector('main strong')?.textContent === shown
          );
        },
        q.trim().slice(0, 80),
      );
      await expectSafe(shared, 'main img[src="x"]');
    });
  });

  describe('typed into the dialog', () => {
    const shared = sharedTab('/docs');
    it.each(hostile)('%s: stays safe and responsive', async (_name, q) => {
      const { page } = shared.tab!;
      if ((await combobox(page).count()) === 0) await openDialog(page);
      await combobox(page).fill(q);
      await page.waitForTimeout(300);
      await expectSafe(shared, '[role="dialog"] img');
    });
  });
});
