# One image for the whole workspace: the gateway and the four subgraphs run from it, each with its own
# command (docker-compose.yml: `pnpm --filter @care/<name> start`; infra/k8s: `node --import tsx
# src/main.ts` in the package's folder). Services run from TypeScript source through tsx (no build step).
# test/e2e/container-image.spec.ts checks that every workspace package a service needs is installed and
# copied here, and that each start command resolves all of its @care/* imports.

FROM node:20.20-bookworm-slim AS base
WORKDIR /app
# The pnpm of package.json's packageManager, exactly: another version would fetch it at run time.
COPY package.json ./
RUN npm install -g "$(node -p "require('./package.json').packageManager.split('+')[0]")" \
  && npm cache clean --force

# Dependencies: every workspace manifest (pnpm-workspace.yaml), so the frozen lockfile installs exactly
# the workspace it was written for and links every @care/* package a service imports.
FROM base AS deps
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/calendar/package.json packages/calendar/
COPY packages/domain-kernel/package.json packages/domain-kernel/
COPY packages/contracts/package.json packages/contracts/
COPY packages/messaging/package.json packages/messaging/
COPY packages/service-kit/package.json packages/service-kit/
COPY packages/testing/package.json packages/testing/
COPY packages/tsconfig/package.json packages/tsconfig/
COPY services/approvals/package.json services/approvals/
COPY services/complaints/package.json services/complaints/
COPY services/customers-and-loyalty/package.json services/customers-and-loyalty/
COPY services/governance/package.json services/governance/
COPY gateway/package.json gateway/
COPY infra/package.json infra/
COPY test/package.json test/
COPY examples/package.json examples/
RUN pnpm install --frozen-lockfile

# The sources (minus .dockerignore) over the installed node_modules. The files stay owned by root: the
# service user reads them and cannot change them; tsx keeps its cache in /tmp.
FROM deps AS app
COPY . .
ENV NODE_ENV=production
USER node
EXPOSE 4000 4001 4002 4003 4004
# Health: compose and Kubernetes probe /healthz and /readyz on each service's own PORT, so the image
# carries no HEALTHCHECK of its own (one image, five ports).
CMD ["pnpm", "--filter", "@care/gateway", "start"]
