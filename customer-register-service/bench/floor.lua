-- wrk script of bench/run.sh: the HTTP floor of the service, GET of a path that does no work of
-- ours (no token, no database, no audit): what any request costs the service on this machine.
--   wrk ... -s floor.lua URL
-- done() prints one "WRK key=value" line in lookup.lua's format (bad = answers other than 200).

bad = 0 -- global: done() reads it from every thread with thread:get("bad")

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do
    n = n + (t:get("bad") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f bad=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, n, e.status, e.connect, e.read, e.write, e.timeout))
end
