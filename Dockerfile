# One image for the worker, the API and the one-shot migration; docker-compose.yml gives each
# service its command. TypeScript runs through tsx, as in development, so there is no build step.
FROM node:20-bookworm-slim
WORKDIR /app

COPY package.json package-lock.json ./
# --ignore-scripts skips postinstall, which installs the Temporal dev-server binaries that only
# `npm start` and the tests use; the Prisma client is generated below once the schema is in.
RUN npm ci --ignore-scripts --no-audit --no-fund

COPY . .
# The generator (the prisma CLI) is a dev dependency: generate, then drop the dev dependencies.
RUN npm run prisma:generate && npm prune --omit=dev --no-audit --no-fund

ENV NODE_ENV=production
USER node
CMD ["npx", "tsx", "api/main.ts"]
