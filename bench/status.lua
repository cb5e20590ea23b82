-- wrk script: GET /api/v1/cases/{n}/status?code=… over a list of real cases ("number code" per line).
local cases = {}
for line in io.lines(os.getenv("CASES") or "cases.txt") do
  local n, c = line:match("(%S+)%s+(%S+)")
  if n then cases[#cases + 1] = "/api/v1/cases/" .. n .. "/status?code=" .. c end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", cases[(i % #cases) + 1])
end
local non200 = 0
response = function(status)
  if status ~= 200 then non200 = non200 + 1 end
end
done = function(summary, latency)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("non-2xx (counted by thread 1 only when -t1): %d, errors: %d\n", non200,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
