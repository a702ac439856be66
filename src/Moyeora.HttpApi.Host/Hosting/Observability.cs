using System.Security.Cryptography;
using System.Text;
using Moyeora.Chat;
using Moyeora.EntityFrameworkCore;
using Moyeora.Jobs;
using Moyeora.Live;
using Moyeora.Localization;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Moyeora.Hosting;

/// <summary>
/// What an operator sees of a node: OpenTelemetry metrics at <c>/metrics</c> (Prometheus text format) for callers the
/// configuration allows, traces exported by OTLP when an endpoint is configured (off by default), and JSON log lines
/// carrying trace ids when <c>Logging:Format</c> is <c>json</c>. See the README's "Operations / Monitoring".
/// </summary>
public static class Observability
{
    /// <summary>The product's own meters, one per feature (each feature's XxxMetrics class defines its instruments).</summary>
    public static readonly IReadOnlyList<string> MeterNames =
    [
        LiveMetrics.MeterName, ChatMetrics.MeterName, JobMetrics.MeterName, DatabaseMetrics.MeterName, RedisMetrics.MeterName, RateLimitMetrics.MeterName,
    ];

    /// <summary>Activity sources traced besides the instrumentation packages': SignalR's hub invocations, Redis commands.</summary>
    public static readonly IReadOnlyList<string> TraceSources = ["Microsoft.AspNetCore.SignalR.Server", RedisMetrics.ActivitySourceName];

    public static WebApplicationBuilder AddMoyeoraObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        if (string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            // One JSON object a line; the scopes carry TraceId and SpanId (the host tracks activities in log scopes).
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
            });
        }

        services.AddSingleton<RateLimitMetrics>();
        var settings = MetricsSettings.From(configuration);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(
            configuration["OpenTelemetry:ServiceName"] is { Length: > 0 } name ? name : "moyeora",
            serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId));
        if (!string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            // Redis command timings for the metrics, and the Redis spans of traced requests.
            services.AddSingleton<RedisMetrics>();
            services.AddHostedService(sp => sp.GetRequiredService<RedisMetrics>());
        }

        if (settings.Enabled)
        {
            services.AddSingleton(settings);
            services.AddHostedService<JobMetricsSampler>();

            telemetry.WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter([.. MeterNames])
                .AddPrometheusExporter());
        }

        // Traces only when an OTLP endpoint is configured: OpenTelemetry:Otlp:Endpoint, or the standard variable.
        var endpoint = configuration["OpenTelemetry:Otlp:Endpoint"];
        if (!string.IsNullOrWhiteSpace(endpoint) || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithTracing(t => t
                .AddSource([.. TraceSources])
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments(settings.Path) && !c.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o =>
                {
                    if (string.Equals(configuration["OpenTelemetry:Otlp:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase))
                    {
                        o.Protocol = OtlpExportProtocol.HttpProtobuf;
                    }

                    if (!string.IsNullOrWhiteSpace(endpoint))
                    {
                        // Like the standard variable, the setting names the collector; over HTTP the signal's path follows.
                        var uri = new Uri(endpoint);
                        o.Endpoint = o.Protocol == OtlpExportProtocol.HttpProtobuf && uri.AbsolutePath is "/" or ""
                            ? new Uri(uri, "v1/traces")
                            : uri;
                    }
                }));
        }

        return builder;
    }

    /// <summary>Serves <c>/metrics</c> to the callers <see cref="MetricsSettings"/> allows; 403 ProblemDetails to the others.</summary>
    public static void MapMoyeoraMetrics(this WebApplication app)
    {
        if (app.Services.GetService<MetricsSettings>() is not { } settings)
        {
            return;
        }

        app.MapPrometheusScrapingEndpoint(settings.Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (context, next) =>
        {
            if (settings.Allows(context))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ProblemFactory.Create(context.RequestServices.GetRequiredService<ErrorMessages>(), StatusCodes.Status403Forbidden, MoyeoraErrorCodes.Forbidden),
            });
        }), optionsName: null);
    }
}

/// <summary>
/// <c>Metrics:Enabled</c> (default true), <c>Metrics:Path</c> (default <c>/metrics</c>), <c>Metrics:AllowedNetworks</c>
/// (CIDR ranges whose callers may scrape; default loopback only) and <c>Metrics:BearerToken</c> (when set, a scraper
/// presenting it in <c>Authorization: Bearer …</c> may scrape from anywhere). The caller's address is the one the
/// forwarded headers leave: through the local balancer, the original client's, so the balancer does not open it.
/// </summary>
public sealed class MetricsSettings
{
    public bool Enabled { get; init; } = true;

    public string Path { get; init; } = "/metrics";

    public IReadOnlyList<System.Net.IPNetwork> AllowedNetworks { get; init; } = [];

    public byte[]? BearerToken { get; init; }

    public static MetricsSettings From(IConfiguration configuration)
    {
        var networks = configuration.GetSection("Metrics:AllowedNetworks").Get<string[]>() is { Length: > 0 } configured
            ? configured
            : ["127.0.0.0/8", "::1/128"];
        var token = configuration["Metrics:BearerToken"];
        return new MetricsSettings
        {
            Enabled = configuration.GetValue("Metrics:Enabled", true),
            Path = configuration["Metrics:Path"] is { Length: > 1 } path && path.StartsWith('/') ? path : "/metrics",
            // A range that does not parse stops start-up rather than silently opening or closing the endpoint.
            AllowedNetworks = [.. networks.Select(n => System.Net.IPNetwork.Parse(n.Trim()))],
            BearerToken = string.IsNullOrEmpty(token) ? null : Encoding.UTF8.GetBytes(token),
        };
    }

    public bool Allows(HttpContext context)
    {
        if (BearerToken is { } expected
            && context.Request.Headers.Authorization.ToString() is { } header
            && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), expected))
        {
            return true;
        }

        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return AllowedNetworks.Any(n => n.Contains(address));
    }
}
