using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.IdentityModel.Tokens;
using Moyeora.Account;
using Moyeora.Controllers;
using Moyeora.Data;
using Moyeora.Domain;
using Moyeora.EntityFrameworkCore;
using Moyeora.Live;
using Moyeora.Localization;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Settings;

namespace Moyeora.Hosting;

public static class MoyeoraHostExtensions
{
    /// <summary>Everything the host registers: every layer, authentication, errors, limits, health, OpenAPI.</summary>
    public static WebApplicationBuilder AddMoyeoraHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // SQLite calls block their thread; a burst (a busy chat room) must not wait for the pool to grow
        // one thread every half second.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, configuration.GetValue("Hosting:MinWorkerThreads", 64)), completionPorts);

        // Kestrel refuses a request line over its limit with an empty 414 before any middleware runs; its limit
        // sits well above Limits:MaxUrlLength, so a long URL gets the host's own ProblemDetails instead.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
            o.Limits.MaxRequestLineSize = configuration.GetValue("Limits:MaxRequestLineBytes", 128 * 1024));

        builder.AddMoyeoraObservability();

        // A node given SIGTERM finishes within this, whatever is down (README "Resilience / fault tests"): hosted
        // services, Hangfire's server and Redis subscriptions all stop within it (JobScheduling bounds Hangfire's part).
        var shutdown = ShutdownTimeoutOf(configuration);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdown);
        // An API request that a slow dependency holds up is answered 503 Moyeora:ServiceUnavailable (by the status-code
        // pages) after Hosting:RequestTimeoutSeconds instead of hanging: its work is cancelled and its thread freed.
        services.AddRequestTimeouts(o => o.AddPolicy(ApiRequestTimeoutPolicy, new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Hosting:RequestTimeoutSeconds", 20.0), 1, 600)),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context =>
            {
                context.Response.Headers.RetryAfter = DependencyFailure.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            },
        }));

        services.AddHttpContextAccessor();
        services.AddScoped<HttpContextCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<HttpContextCurrentUser>());
        services.AddScoped<ICurrentClient>(sp => sp.GetRequiredService<HttpContextCurrentUser>());

        var redis = configuration["Redis:Configuration"];
        RedisConnection? sharedRedis = null;
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // Several nodes share Redis: meetup changes fan out to every node's caches; hub sends to groups and users go
            // through the SignalR backplane (AddMoyeoraBackplane), the rest of the live messages through RedisLiveBus.
            var redisConnection = sharedRedis = new RedisConnection(redis, LiveBackplane.ChannelPrefixOf(configuration));
            services.AddSingleton(redisConnection);
            // HybridCache's shared tier: entries other nodes may read (e.g. chat senders), on the node's own connection.
            services.AddStackExchangeRedisCache(o =>
            {
                o.ConnectionMultiplexerFactory = () => Task.FromResult(redisConnection.Multiplexer);
                o.InstanceName = redisConnection.KeyPrefix + "cache:";
            });
            services.AddSingleton<IAttemptLimiter, RedisAttemptLimiter>();
            services.AddSingleton<RedisMeetupChangeBroadcaster>();
            services.AddSingleton<IMeetupChangeBroadcaster>(sp => sp.GetRequiredService<RedisMeetupChangeBroadcaster>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisMeetupChangeBroadcaster>());
            services.AddSingleton<RedisSubscription>(sp => sp.GetRequiredService<RedisMeetupChangeBroadcaster>());
            services.AddSingleton<ReplicatedGeoStore>();
            services.AddSingleton<IGeoStore>(sp => sp.GetRequiredService<ReplicatedGeoStore>());
            services.AddHostedService(sp => sp.GetRequiredService<ReplicatedGeoStore>());
            services.AddSingleton<RedisSubscription>(sp => sp.GetRequiredService<ReplicatedGeoStore>());
            services.AddSingleton<RedisLiveBus>();
            services.AddSingleton<ILiveBus>(sp => sp.GetRequiredService<RedisLiveBus>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisLiveBus>());
            services.AddSingleton<RedisSubscription>(sp => sp.GetRequiredService<RedisLiveBus>());
            services.AddSingleton<RedisLiveConnectionCensus>();
            services.AddSingleton<ILiveConnectionCensus>(sp => sp.GetRequiredService<RedisLiveConnectionCensus>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisLiveConnectionCensus>());
        }

        AddDataProtection(services, configuration, sharedRedis);

        services.AddSignalR(o =>
        {
            o.AddFilter<BusinessExceptionHubFilter>();
            o.MaximumReceiveMessageSize = 8 * 1024;
        }).AddJsonProtocol(o =>
        {
            o.PayloadSerializerOptions.Converters.Add(new StrictEnumJsonConverterFactory());
            AddInstantConverters(o.PayloadSerializerOptions);
            // "NaN" and "Infinity" reach the hub method, which refuses them with its own code (InvalidLocation, ...).
            o.PayloadSerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
            // Hangul and "–" as UTF-8, not \uXXXX escapes: smaller pushes (JSON over WebSockets, never embedded in HTML).
            o.PayloadSerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        }).AddMessagePackProtocol().AddMoyeoraBackplane(configuration);
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        // Every error completion carries its code as data (LiveHubErrorDto).
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<IHubProtocol>(sp => new CodedJsonHubProtocol(new JsonHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>()), sp.GetRequiredService<ErrorMessages>()));
        // The binary protocol clients may choose instead of JSON (issue 17); its refusals carry the same JSON error text.
        services.AddSingleton<IHubProtocol>(sp => new CodedJsonHubProtocol(new MessagePackHubProtocol(sp.GetRequiredService<IOptions<MessagePackHubProtocolOptions>>()), sp.GetRequiredService<ErrorMessages>()));
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<ILiveConnectionCounter>(sp => sp.GetRequiredService<LiveConnections>());
        services.TryAddSingleton<ILiveConnectionCensus, LocalLiveConnectionCensus>();
        services.AddSingleton<LiveDispatcher>();
        services.AddSingleton<ILiveMessageHandler>(sp => sp.GetRequiredService<LiveDispatcher>());
        services.AddSingleton<NearbyPusher>();
        services.AddHostedService(sp => sp.GetRequiredService<NearbyPusher>());
        services.AddHostedService<LastSeenFlusher>();
        services.AddHostedService<OperationalSettingsRefresher>();
        services.AddSingleton<LiveSessionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveSessionSweeper>());

        services.AddMoyeoraApplication(configuration);
        services.AddMoyeoraEntityFrameworkCore(configuration, Path.Combine(builder.Environment.ContentRootPath, "data"));
        services.AddMoyeoraJobs(configuration, DatabaseSettings.From(configuration, Path.Combine(builder.Environment.ContentRootPath, "data")));
        services.AddMoyeoraHttpApi()
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.Converters.Add(new StrictEnumJsonConverterFactory());
                AddInstantConverters(o.JsonSerializerOptions);
                // Parser messages name .NET types; ModelStateProblems answers with its own text (or the converter's code).
                o.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ModelStateProblems.Create);

        services.AddMoyeoraLocalization();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
            // The exception handler clears the headers the localization middleware set.
            c.HttpContext.Response.Headers.ContentLanguage = System.Globalization.CultureInfo.CurrentUICulture.Name;
            // Answers the framework writes itself (unknown route, wrong method, ...) get a code and our words too.
            if (!c.ProblemDetails.Extensions.ContainsKey("code"))
            {
                var status = c.ProblemDetails.Status ?? StatusCodes.Status500InternalServerError;
                var code = ProblemFactory.CodeOf(status);
                var messages = c.HttpContext.RequestServices.GetRequiredService<ErrorMessages>();
                c.ProblemDetails.Extensions["code"] = code;
                c.ProblemDetails.Title = messages.Title(status);
                c.ProblemDetails.Detail = messages.Message(code);
            }
        });
        services.AddExceptionHandler<BusinessExceptionHandler>();

        // The admin UI (/admin) signs in with its own cookie; the API stays bearer-only.
        services.AddMoyeoraAdmin(AddAuthentication(services, configuration), RateLimitPolicies.Account);
        AddCors(services, configuration);
        AddRateLimiting(services);
        AddHealthChecks(services, configuration);

        // The OpenAPI document describes JSON the way the API writes it: enums as camelCase strings, numbers as numbers.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSecurityDocumentTransformer>();
            o.AddOperationTransformer<OperationIdTransformer>();
            o.AddSchemaTransformer<EnumSchemaTransformer>();
            o.AddOperationTransformer<ErrorResponsesOperationTransformer>();
        });

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the local load balancer (loopback by default) may say who the client is.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });
        return builder;
    }

    /// <summary>Applies migrations and seeds (unless disabled), then builds the request pipeline.</summary>
    public static async Task UseMoyeoraHostAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync();
        }

        app.UseForwardedHeaders();
        app.UseRequestLocalization();
        app.UseCors();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeLimitMiddleware>(new RequestLimits(
            app.Configuration.GetValue("Limits:MaxRequestBodyBytes", 64L * 1024), app.Configuration.GetValue("Limits:MaxUrlLength", 8 * 1024)));
        app.UseMoyeoraAdmin();
        app.UseMoyeoraWebAppFiles();
        // Before authentication, whose session check reads the database too.
        app.UseRequestTimeouts();
        app.UseAuthentication();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMoyeoraJobDashboard();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Moyeora API v1");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "Moyeora API";
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealthAsync });
        app.MapMoyeoraMetrics();
        app.MapControllers().WithRequestTimeout(ApiRequestTimeoutPolicy);
        app.MapMoyeoraAdmin();
        app.MapGet(LiveHubDescription.Path, () => Results.Text(LiveHubDescription.Json, "application/json")).ExcludeFromDescription();
        app.MapHub<LiveHub>(LiveHub.Path, o => o.Transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling);
        app.MapMoyeoraWebApp();
    }

    /// <summary><c>Hosting:ShutdownTimeoutSeconds</c> (default 30, 1 to 300): how long a stopping node may take.</summary>
    public static TimeSpan ShutdownTimeoutOf(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Hosting:ShutdownTimeoutSeconds", 30.0), 1, 300));

    private const string ApiRequestTimeoutPolicy = "api";

    /// <summary>The data-protection application name: every node must use the same one to read the others' cookies.</summary>
    public const string DataProtectionApplicationName = "Moyeora";

    /// <summary>Where the data-protection key ring lives in Redis (under the deployment's prefix).</summary>
    public static string DataProtectionKeyOf(IConfiguration configuration) => LiveBackplane.ChannelPrefixOf(configuration) + "data-protection-keys";

    /// <summary>
    /// The admin cookie and the anti-forgery tokens are protected with the data-protection key ring. With Redis, every node
    /// reads and writes one key ring there, so a cookie or form token issued by one node is accepted by the others; without
    /// Redis (one node) the framework's default local key store is used. The application name is fixed, not the content
    /// root the framework would use, so nodes installed in different directories still agree.
    /// </summary>
    private static void AddDataProtection(IServiceCollection services, IConfiguration configuration, RedisConnection? redis)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        if (redis is not null)
        {
            // A factory, so the connection opens when the key ring is first read, not while services are registered.
            dataProtection.PersistKeysToStackExchangeRedis(() => redis.Multiplexer.GetDatabase(), DataProtectionKeyOf(configuration));
        }
    }

    private const string SessionEndedItem = "Moyeora.SessionEnded";

    private const string DependencyUnavailableItem = "Moyeora.DependencyUnavailable";

    private static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddAuthentication(IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        authentication.AddJwtBearer(o =>
        {
            var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = string.IsNullOrEmpty(jwt.SigningKey) ? null : AccessTokenIssuer.CreateKey(jwt.SigningKey),
                ValidateIssuerSigningKey = true,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = "nickname",
            };
            o.Events = new JwtBearerEvents
            {
                // Browsers cannot set headers on WebSockets: the live hub takes the token from the query string.
                OnMessageReceived = context =>
                {
                    if (context.HttpContext.Request.Path.StartsWithSegments("/hubs")
                        && context.Request.Query["access_token"] is { Count: > 0 } token)
                    {
                        context.Token = token.ToString();
                    }

                    return Task.CompletedTask;
                },
                // A valid signature is not enough: the token must carry the user's current security stamp, so a lock,
                // deactivation, password change or "end all sessions" stops every older token on every node.
                OnTokenValidated = async context =>
                {
                    var principal = context.Principal!;
                    var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
                    try
                    {
                        if (!Guid.TryParse(principal.FindFirst("sub")?.Value, out var userId)
                            || !await validator.IsCurrentAsync(userId, principal.FindFirst(SessionValidator.SecurityStampClaim)?.Value, context.HttpContext.RequestAborted))
                        {
                            context.HttpContext.Items[SessionEndedItem] = true;
                            context.Fail("The session of this access token has ended.");
                        }
                    }
                    catch (Exception ex) when (DependencyFailure.IsUnavailable(ex)
                        || (ex is OperationCanceledException && context.HttpContext.RequestAborted.IsCancellationRequested))
                    {
                        // The session could not be checked (the database is down): 503, not 401, so clients keep their
                        // session and try again instead of signing the person out.
                        context.HttpContext.Items[DependencyUnavailableItem] = true;
                        context.Fail("The session could not be checked.");
                    }
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    if (context.HttpContext.Items.ContainsKey(DependencyUnavailableItem))
                    {
                        context.HttpContext.Response.Headers.RetryAfter = DependencyFailure.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        await WriteProblemAsync(context.HttpContext, StatusCodes.Status503ServiceUnavailable, MoyeoraErrorCodes.ServiceUnavailable);
                        return;
                    }

                    if (context.HttpContext.Items.ContainsKey(SessionEndedItem))
                    {
                        await WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, MoyeoraErrorCodes.SessionEnded);
                        return;
                    }

                    await WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, MoyeoraErrorCodes.NotSignedIn);
                },
                OnForbidden = context => WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, MoyeoraErrorCodes.Forbidden),
            };
        });
        services.AddAuthorization();
        return authentication;
    }

    /// <summary>
    /// Browsers on the origins in <c>Cors:AllowedOrigins</c> (none by default; the web app's development server in
    /// Development) may call the API and the live hub; preflights are answered, every other origin is refused.
    /// </summary>
    private static void AddCors(IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            if (origins.Length == 0)
            {
                return; // no origin allowed: cross-origin answers carry no Access-Control-Allow-Origin
            }

            policy.WithOrigins(origins)
                .WithMethods("GET", "POST", "PUT", "DELETE")
                .WithHeaders("authorization", "content-type", "accept", "accept-language", "x-requested-with", "x-signalr-user-agent")
                .WithExposedHeaders("retry-after")
                .AllowCredentials() // the SignalR browser client negotiates with credentials
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }

    private static void AddRateLimiting(IServiceCollection services)
    {
        // Per client address only as a high ceiling: many people share one carrier address. Log-in, refresh and code
        // requests are limited per phone number or session where the abuse happens (AttemptLimitOptions).
        // The permits are operational settings (RateLimiting:* in the configuration until an administrator saves
        // others): each request reads the value in force, and the partition key carries it, so a change starts fresh
        // windows at once and the old limiters are dropped when idle.
        services.AddRateLimiter(o =>
        {
            void FixedWindow(string policy, Func<HttpContext, string> partition, Func<OperationalSettingValues, int> permitsOf, TimeSpan window) =>
                o.AddPolicy(policy, context =>
                {
                    var permits = permitsOf(context.RequestServices.GetRequiredService<OperationalSettingsProvider>().Current);
                    return RateLimitPartition.GetFixedWindowLimiter(
                        permits.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + partition(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
                });

            FixedWindow(RateLimitPolicies.Account, c => c.Connection.RemoteIpAddress?.ToString() ?? "unknown", s => s.AccountPermitsPerMinute, TimeSpan.FromMinutes(1));
            FixedWindow(RateLimitPolicies.Writes, UserOrClient, s => s.WritePermitsPerMinute, TimeSpan.FromMinutes(1));
            FixedWindow(RateLimitPolicies.Search, UserOrClient, s => s.SearchesPerMinute, TimeSpan.FromMinutes(1));
            FixedWindow(RateLimitPolicies.PeopleSearch, UserOrClient, s => s.PeopleSearchesPerMinute, TimeSpan.FromMinutes(1));
            FixedWindow(RateLimitPolicies.Reports, UserOrClient, s => s.ReportsPerHour, TimeSpan.FromHours(1));
            FixedWindow(RateLimitPolicies.Chat, UserOrClient, s => s.ChatMessagesPerTenSeconds, TimeSpan.FromSeconds(10));
            o.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<RateLimitMetrics>().Rejected(context.HttpContext);
                Dictionary<string, object?>? details = null;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                    context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    details = new() { ["retryAfterSeconds"] = seconds };
                }

                await WriteProblemAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, MoyeoraErrorCodes.TooManyRequests, details);
            };
        });
    }

    private static void AddInstantConverters(JsonSerializerOptions options)
    {
        options.Converters.Add(new UtcDateTimeJsonConverter());
        options.Converters.Add(new OffsetRequiredDateTimeOffsetJsonConverter());
    }

    private static string UserOrClient(HttpContext context) =>
        context.User.FindFirst("sub")?.Value is { } sub ? "user:" + sub : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static void AddHealthChecks(IServiceCollection services, IConfiguration configuration)
    {
        var health = services.AddHealthChecks().AddDbContextCheck<MoyeoraDbContext>("database", tags: ["ready"])
            .AddCheck<HangfireHealthCheck>("hangfire-server", tags: ["ready"])
            .AddCheck<JobHealthCheck>("jobs", tags: ["ready"]);
        if (!string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            health.AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        // A hanging dependency makes its check Unhealthy after Health:CheckTimeoutSeconds: readiness always answers.
        var timeout = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Health:CheckTimeoutSeconds", 3.0), 0.5, 60));
        services.PostConfigure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations)
            {
                registration.Timeout = timeout;
            }
        });
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string code, IReadOnlyDictionary<string, object?>? details = null)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ProblemFactory.Create(context.RequestServices.GetRequiredService<ErrorMessages>(), status, code, details),
        });
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        });
    }
}
