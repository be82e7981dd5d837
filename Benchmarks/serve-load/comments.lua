-- wrk script for Benchmarks/serve-load/run.sh: POSTs short comments to comments:analyze in turn,
-- each asking for TOXICITY, over wrk's kept-alive connections.
local comments = {
  "Thanks, that fixed it for me.",
  "You are an idiot and everyone knows it.",
  "I disagree, the second chart says otherwise.",
  "What a load of crap, shut up.",
  "Could you post the config you used?",
  "Nobody cares about your opinion, loser.",
  "Great write-up, bookmarked.",
  "This is the dumbest thread on the whole board.",
}
local requests = {}

function init(args)
  for i, text in ipairs(comments) do
    local body = '{"comment":{"text":"' .. text .. '"},"requestedAttributes":{"TOXICITY":{}},"doNotStore":true}'
    requests[i] = wrk.format("POST", "/v1alpha1/comments:analyze", {["Content-Type"] = "application/json"}, body)
  end
end

local next_request = 0

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
