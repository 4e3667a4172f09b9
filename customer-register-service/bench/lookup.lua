-- wrk script of bench/run.sh: POST /api/v1/persons/search by a random identity code.
--   wrk ... -s lookup.lua URL -- CODES_FILE TOKEN
-- Without arguments, the HTTP floor: a plain GET of URL (no token, no body), counted good on 200.
--   wrk ... -s lookup.lua URL/q/health/live
-- done() prints one "WRK key=value" line. (wrk runs for its -d duration: its main thread sleeps
-- that long whatever the threads do, so a request count cannot end a run early.)

local codes, n = {}, 0
local floor = false
bad = 0 -- global: done() reads it from every thread with thread:get("bad")

function init(args)
  if args[1] == nil then
    floor = true
    return
  end
  for line in io.lines(args[1]) do
    if #line > 0 then
      n = n + 1
      codes[n] = line
    end
  end
  -- a different seed per thread (each thread has its own Lua state)
  local addr = tonumber(tostring({}):match("0x(%x+)"), 16) or 0
  math.randomseed(os.time() + addr % 100000)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. args[2]
end

function request()
  if floor then
    return wrk.format("GET")
  end
  return wrk.format(nil, nil, nil, '{"personalIdentityCode":"' .. codes[math.random(n)] .. '"}')
end

function response(status, headers, body)
  -- a found person is a page with exactly one item
  if status ~= 200 or (not floor and not string.find(body, '"total":1', 1, true)) then
    bad = bad + 1
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local notfound = 0
  for _, t in ipairs(threads) do
    notfound = notfound + (t:get("bad") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.0f bad=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, notfound, e.status, e.connect, e.read, e.write, e.timeout))
end
