import React from 'react';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import a11y from '../../css/a11y.module.css';
import styles from './styles.module.css';

/**
 * A search box on a page (the homepage, the 404 page). A plain GET form to the /search results
 * page, so it works before JavaScript loads; the search feature enhances it in the browser.
 */
export default function SearchForm(): React.JSX.Element {
  const label = translate({ id: 'home.search.label', message: '搜索图谱' });
  return (
    <form
      role="search"
      action={useBaseUrl('/search')}
      method="get"
      className={styles.form}
      data-atlas-search-slot="">
      <label htmlFor="home-search" className={a11y.srOnly}>
        {label}
      </label>
      <input
        id="home-search"
        name="q"
        type="search"
        className={styles.input}
        placeholder={translate({
          id: 'home.search.placeholder',
          message: '例如：羊驼、LoRA 微调、vLLM、许可证',
        })}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className={styles.button}>
        {translate({ id: 'home.search.submit', message: '搜索' })}
      </button>
    </form>
  );
}
