import { rspack } from '@docusaurus/faster';
import { describe, expect, it } from 'vitest';
import { swcFormatOptions } from '../../src/plugins/utf8-scripts';

describe('utf8-scripts plugin', () => {
  it('finds the format options of the SWC minimizer Docusaurus Faster configures', () => {
    const swc = new rspack.SwcJsMinimizerRspackPlugin({
      minimizerOptions: { format: { ascii_only: true, comments: false } },
    });
    const format = swcFormatOptions([{}, swc]);
    format.ascii_only = false;
    // The plugin changes the options the minimizer will be built from, not a copy.
    expect(
      (swc as unknown as { _args: [{ minimizerOptions: { format: { ascii_only: boolean } } }] })
        ._args[0].minimizerOptions.format.ascii_only,
    ).toBe(false);
  });

  it('stops the build when the minimizer is not set up as it expects', () => {
    expect(() => swcFormatOptions([])).toThrow(/atlas-utf8-scripts: .*src\/plugins\/utf8-scripts/);
    const noAscii = new rspack.SwcJsMinimizerRspackPlugin({
      minimizerOptions: { format: { comments: false } },
    });
    expect(() => swcFormatOptions([noAscii])).toThrow(/ascii_only/);
  });
});
