# One image for the whole workspace; docker-compose.yml picks the service with its command.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN npm i -g pnpm@10
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml turbo.json tsconfig.json ./
COPY packages/tsconfig/package.json packages/tsconfig/
COPY packages/service-kit/package.json packages/service-kit/
COPY packages/calendar/package.json packages/calendar/
COPY packages/testing/package.json packages/testing/
COPY services/complaints/package.json services/complaints/
COPY services/customers-and-loyalty/package.json services/customers-and-loyalty/
COPY services/approvals/package.json services/approvals/
COPY services/governance/package.json services/governance/
COPY gateway/package.json gateway/
COPY infra/package.json infra/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile

FROM deps AS app
COPY . .
ENV NODE_ENV=production
RUN chown -R node:node /app
USER node
# Services run from TypeScript source through tsx (no build step); each command is set in compose.
CMD ["pnpm", "--filter", "@care/gateway", "start"]
