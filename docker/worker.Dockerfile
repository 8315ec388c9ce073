# Parley worker: the Bull processors and crons in their own process, without HTTP.
# Run it when the API has RUN_WORKERS=false. It reads the same environment as the API
# (DATABASE_URL, REDIS_URL, REDIS_PREFIX, APP_SECRET, ...).
#
# Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t parley-worker .
#
# The `build` and `deps` stages are identical to api.Dockerfile (the worker is compiled by the
# same `nx build api`, into dist/server/apps/worker), so BuildKit reuses them.

# --- build: install everything and compile the server with swc (nx build api -> dist/server)
FROM node:20-bookworm-slim AS build
WORKDIR /src
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx build api --outputStyle=static

# --- deps: production dependencies only
FROM node:20-bookworm-slim AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime: compiled server + production node_modules, run as the unprivileged `node` user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /src/node_modules ./node_modules
COPY --from=build /src/dist/server ./dist/server
USER node
# No port and no HTTP health endpoint: the worker only talks to PostgreSQL and Redis.
# Like the API, it applies pending migrations when it starts; SIGTERM closes the queues and pools.
CMD ["node", "dist/server/apps/worker/src/main.js"]
