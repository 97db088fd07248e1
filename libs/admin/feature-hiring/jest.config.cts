module.exports = {
  displayName: 'admin-feature-hiring',
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/admin/feature-hiring',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  // ECharts, zrender and ngx-echarts ship ES modules: let Jest transform them (TOOLCHAIN.md).
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|echarts/|zrender/|ngx-echarts/|tslib/))'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ]
};
