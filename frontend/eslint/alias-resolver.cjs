// Import resolver for eslint-plugin-boundaries: maps the `@/` alias (tsconfig paths, Vite
// resolve.alias) to src/ and leaves everything else to the node resolver.
const path = require('node:path');
// The node resolver comes with eslint-plugin-boundaries.
const nodeResolver = require(
  require.resolve('eslint-import-resolver-node', { paths: [require.resolve('eslint-plugin-boundaries')] }),
);

const SRC = path.resolve(__dirname, '..', 'src');
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'];

exports.interfaceVersion = 2;

exports.resolve = (source, file) => {
  const target = source.startsWith('@/') ? path.join(SRC, source.slice(2)) : source;
  return nodeResolver.resolve(target, file, { extensions: EXTENSIONS });
};
