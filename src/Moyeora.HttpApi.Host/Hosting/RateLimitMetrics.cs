using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.RateLimiting;

namespace Moyeora.Hosting;

/// <summary>
/// Requests refused by a rate limit (meter <c>Moyeora.RateLimiting</c>), by policy: the REST policies
/// (<c>RateLimitPolicies</c>) and the live hub's chat limit.
/// </summary>
public sealed class RateLimitMetrics
{
    public const string MeterName = "Moyeora.RateLimiting";

    /// <summary>The live hub's own chat limit (RateLimiting:ChatMessagesPerTenSeconds per connection).</summary>
    public const string LiveChatPolicy = "live-chat";

    private readonly Counter<long> _rejections;

    public RateLimitMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _rejections = meter.CreateCounter<long>("moyeora.rate_limit.rejections", "{request}", "Requests refused with 429 by a rate limit, by policy.");
    }

    public void Rejected(string policy) => _rejections.Add(1, new KeyValuePair<string, object?>("policy", policy));

    /// <summary>The policy of the endpoint the limiter refused (a fixed set of names), or "global".</summary>
    public void Rejected(HttpContext context) =>
        Rejected(context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "global");
}
