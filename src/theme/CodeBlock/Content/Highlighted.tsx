/**
 * The theme's highlighted code block, with the extra Prism languages registered first: what
 * the classic theme does in a client module on every page (src/plugins/lazy-prism removes
 * that module), done here, in the chunk that only pages with code load.
 */
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import Content from '@theme-original/CodeBlock/Content';

prismIncludeLanguages(Prism);

export default Content;
