const rss = () => (process.memoryUsage().rss/1048576).toFixed(0);
for (const m of ['fastify','zod','@fastify/swagger','@fastify/swagger-ui','fastify-type-provider-zod','@fastify/static','@fastify/rate-limit','@fastify/cookie','kysely','pg','@node-rs/argon2','@valiza/domain','./dist/app.js']) {
  const t = performance.now(); await import(m); console.log(m, (performance.now()-t).toFixed(0), 'ms rss', rss());
}
