# Parley API: the NestJS HTTP server (everything under /api).
#
# Build from the repository root (the build context must be the root):
#   docker build -f docker/api.Dockerfile -t parley-api .
# Run (needs PostgreSQL and Redis; see docker/compose.yaml and docs/operations.md):
#   docker run -p 3000:3000 -e DATABASE_URL=... -e REDIS_URL=... -e APP_SECRET=... parley-api
#
# The `build` and `deps` stages are identical in worker.Dockerfile, so BuildKit builds them once.

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
# Files stay owned by root, so the process cannot change its own code.
FROM node:20-bookworm-slim AS runtime
# Contract PDFs are rendered by the system Chromium (puppeteer-core downloads no browser).
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
COPY package.json ./
COPY --from=deps /src/node_modules ./node_modules
COPY --from=build /src/dist/server ./dist/server
USER node
EXPOSE 3000
# Liveness of PostgreSQL and Redis as the API sees them (200 when both answer, 503 otherwise).
# Node 20 has fetch built in; the slim image has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Pending migrations run at start-up, before the API serves anything. SIGTERM stops it cleanly.
CMD ["node", "dist/server/apps/api/src/main.js"]
