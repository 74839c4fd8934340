-- wrk script of the Kennisbank load test: every thread rotates through the request paths in the
-- file given after "--", each thread starting at its own place; done() prints one line the bench reads.
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

local paths = {}
local position = 0
function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  position = ((id or 0) * 7919) % #paths
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("wrk-result %d %d %d %d %d\n", summary.requests, summary.duration,
      latency:percentile(50), latency:percentile(99), errors))
end
