import baseConfig from "../../eslint.config.mjs";

const TENANCY_MESSAGE =
    "Tenant data goes through @InjectTenantRepository (common/tenancy), which scopes every query to the caller's organization. " +
    "A raw repository is only for code that runs before the tenant is known: see docs/adr/0002-tenancy.md.";

export default [
    ...baseConfig,
    {
        // Tenancy tripwire (docs/adr/0002-tenancy.md): a raw TypeORM repository in a domain module
        // skips the organization scoping, so it is an error outside the allow-list below.
        files: ["src/app/**/*.ts"],
        ignores: [
            // Before the tenant is known (docs/adr/0002-tenancy.md): sign-up, login and its throttle
            // counters, refresh-token rotation; lookups by email or by an unguessable secret only.
            "src/app/auth/auth.service.ts",
            "src/app/auth/login-throttle.service.ts",
            "src/app/auth/sessions.service.ts",
            // Password reset: a request names only an email, a confirmation only an unguessable token.
            "src/app/auth/password-reset.service.ts",
            // Appends to each organization's hash chain from pre-tenant flows too (sign-up, seeding);
            // its reads state the organization explicitly.
            "src/app/audit/audit.service.ts",
            // A daily job with no request (and so no tenant) that visits every organization in turn.
            "src/app/hiring/retention/retention.service.ts",
        ],
        rules: {
            // Also refuses `import * as x from '@nestjs/typeorm'`, which would reach the same decorator.
            "@typescript-eslint/no-restricted-imports": [
                "error",
                {
                    paths: [
                        { name: "@nestjs/typeorm", importNames: ["InjectRepository", "getRepositoryToken"], message: TENANCY_MESSAGE },
                    ],
                },
            ],
        },
    },
];
