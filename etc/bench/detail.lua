-- GET one random seeded meetup's detail as a random signed-in user.
local ids, tokens = {}, {}
function init(args)
  local dir = args[1]
  for line in io.lines(dir .. "/meetups.txt") do ids[#ids + 1] = line end
  for line in io.lines(dir .. "/tokens.txt") do tokens[#tokens + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
function request()
  local path = "/api/app/meetups/" .. ids[math.random(#ids)]
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
