// The server build renders every code block highlighted, at once (see ./index.tsx).
export { default } from './Highlighted';
