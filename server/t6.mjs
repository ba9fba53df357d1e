const T = performance.now();
const m = await import('/tmp/bundle/app.mjs');
console.log('bundle import', (performance.now()-T).toFixed(0), 'rss', (process.memoryUsage().rss/1048576).toFixed(0));
