-- wrk script for bench/serve_load.sh: each request takes a random path from
-- the file named by the environment variable CASUS_PATHS (one path a line),
-- so every request asks the server a different question.
local paths = {}

init = function(args)
  local file = assert(io.open(os.getenv("CASUS_PATHS"), "r"))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

-- One line for the script to parse: requests/s and latency percentiles (ms).
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write +
                 summary.errors.status + summary.errors.timeout
  io.write(string.format("CASUS_RESULT rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors,
    summary.errors.status))
end
