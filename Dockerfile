# One image runs the API (default) or the worker:
#   docker run IMAGE                                   -> API on :8000
#   docker run IMAGE arq api.worker.WorkerSettings     -> worker
#   docker run IMAGE alembic upgrade head              -> migrations (as the schema owner role)

FROM node:24-bookworm-slim AS spa
WORKDIR /src/frontend
COPY frontend/ ./
RUN if [ -f package.json ]; then npm ci --no-audit --no-fund && npm run build; else mkdir -p dist; fi

FROM python:3.11-slim-bookworm AS build
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
RUN pip install --no-cache-dir "uv>=0.5,<1"
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY alembic.ini ./
COPY migrations ./migrations
COPY api ./api
COPY openapi ./openapi
COPY docs/partners.md ./docs/partners.md

FROM python:3.11-slim-bookworm
RUN useradd --system --uid 10001 --home-dir /app genba
WORKDIR /app
COPY --from=build /app /app
COPY --from=spa /src/frontend/dist /app/frontend/dist
ENV PATH=/app/.venv/bin:$PATH PYTHONUNBUFFERED=1 GENBA_ENV=production
USER genba
EXPOSE 8000
# X-Forwarded-For is honoured by the app itself, only from the proxies in GENBA_TRUSTED_PROXIES
# (none by default); uvicorn must not rewrite the client address on its own.
CMD ["uvicorn", "api.app:app", "--host", "0.0.0.0", "--port", "8000", "--no-access-log", "--no-proxy-headers"]
