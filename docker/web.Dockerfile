# Parley web: the built React SPA served by nginx, with the API's paths proxied to the api service.
#
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t parley-web .
# Run next to an API reachable as API_UPSTREAM (host:port, default api:3000):
#   docker run -p 8080:80 -e API_UPSTREAM=api:3000 parley-web

# --- build: install everything and bundle the SPA with Vite (nx build web -> dist/apps/web)
FROM node:20-bookworm-slim AS build
WORKDIR /src
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx build web --outputStyle=static

# --- runtime: nginx. The official image renders /etc/nginx/templates/*.template into
# /etc/nginx/conf.d/ at start, substituting only variables set in the environment.
FROM nginx:stable AS runtime
# Where the API listens, and the DNS server that resolves it (127.0.0.11 is Docker's embedded DNS on
# user-defined networks, which compose uses). The name is resolved per request, so a recreated
# api container is found again.
ENV API_UPSTREAM=api:3000 \
    DNS_RESOLVER=127.0.0.11
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/web.nginx.conf.template /etc/nginx/templates/default.conf.template
COPY --from=build /src/dist/apps/web /usr/share/nginx/html
EXPOSE 80
