const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      // tsc, not esbuild: NestJS DI and TypeORM need decorator metadata (TOOLCHAIN.md).
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // OpenAPI from the DTOs and their comments, without hand-written @ApiProperty.
      transformers: [
        { name: '@nestjs/swagger/plugin', options: { introspectComments: true, classValidatorShim: true } },
      ],
    }),
  ],
};
