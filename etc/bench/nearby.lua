-- GET meetups within 2 km of a random point around Seoul (lat 37.45–37.65, lng 126.85–127.15).
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
function request()
  local lat = 37.45 + math.random() * 0.2
  local lng = 126.85 + math.random() * 0.3
  return wrk.format("GET", string.format("/api/app/meetups/nearby?latitude=%.6f&longitude=%.6f&radiusMeters=2000", lat, lng))
end
