# The portal as one image: the API, the workers and the built web app.
# Postgres and Meilisearch are separate services (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY db/package.json db/
COPY search/package.json search/
COPY server/package.json server/
COPY web/package.json web/
COPY tests/package.json tests/
# Dev dependencies are needed: tsx runs the TypeScript and Vite builds the web app.
# The embedded Meilisearch binary is optional and not wanted here.
RUN npm ci --include=dev --omit=optional --no-audit --no-fund
COPY . .
RUN npm run build:web
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "server/src/main.ts"]
