// The lint rules of every Angular project (apps/admin and libs/admin/*): Nx's Angular presets, the
// workspace's base config (module boundaries included) and the `rp` selector prefix. Each project's
// eslint.config.mjs re-exports this, so a rule changes in one place.
import nx from "@nx/eslint-plugin";
import baseConfig from "./eslint.config.mjs";

export default [
    ...nx.configs["flat/angular"],
    ...nx.configs["flat/angular-template"],
    ...baseConfig,
    {
        files: [
            "**/*.ts"
        ],
        rules: {
            "@angular-eslint/directive-selector": [
                "error",
                {
                    type: "attribute",
                    prefix: "rp",
                    style: "camelCase"
                }
            ],
            "@angular-eslint/component-selector": [
                "error",
                {
                    type: "element",
                    prefix: "rp",
                    style: "kebab-case"
                }
            ]
        }
    }
];
