using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moyeora.Account;
using Moyeora.Authorization;
using Moyeora.Chat;
using Moyeora.Locations;
using Moyeora.Meetups;
using Moyeora.Data;
using Moyeora.Domain;
using Moyeora.Jobs;
using Moyeora.Live;
using Moyeora.Permissions;
using Moyeora.Profile;
using Moyeora.Outbound;
using Moyeora.Users;

namespace Microsoft.Extensions.DependencyInjection;

public static class MoyeoraApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddMoyeoraApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMoyeoraDomain();

        // Instruments of each feature (OpenTelemetry picks them up by meter name in the host).
        services.AddMetrics();
        services.AddSingleton<LiveMetrics>();
        services.AddSingleton<ChatMetrics>();
        services.AddSingleton<JobMetrics>();

        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminSeedOptions>().Bind(configuration.GetSection(AdminSeedOptions.SectionName));
        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection(OutboundOptions.SectionName))
            .Validate(o => o.Provider is "Outbox" or "Http", "Outbound:Provider must be Outbox or Http.")
            .Validate(o => o.Provider != "Http" || Uri.TryCreate(o.Sms.Url, UriKind.Absolute, out _),
                "Outbound:Sms:Url must be an absolute URL when Outbound:Provider is Http (verification codes go by SMS).")
            .Validate(o => new[] { o.Push.Url, o.Webhook.Url }.All(u => string.IsNullOrWhiteSpace(u) || Uri.TryCreate(u, UriKind.Absolute, out _)),
                "Outbound:Push:Url and Outbound:Webhook:Url must be absolute URLs when set.")
            .Validate(o => o.NotificationChannels.All(c => c is OutboundChannel.Push or OutboundChannel.Webhook),
                "Outbound:NotificationChannels may hold Push and Webhook.")
            .ValidateOnStart();

        // Hosts replace these with request-aware versions; jobs and the DbMigrator act as nobody.
        services.TryAddScoped<ICurrentUser, AnonymousCurrentUser>();
        services.TryAddScoped<ICurrentClient, AnonymousCurrentUser>();

        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<IAccessTokenIssuer, AccessTokenIssuer>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();

        if (configuration.GetSection(OutboundOptions.SectionName)["Provider"] == "Http")
        {
            services.AddHttpClient<IOutboundSender, HttpOutboundSender>(c => c.Timeout = TimeSpan.FromSeconds(10));
        }
        else
        {
            services.AddScoped<IOutboundSender, RecordingOutboundSender>();
        }

        services.AddSingleton<OutboundQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundQueue>());
        services.TryAddSingleton<IOutboundQueue>(sp => sp.GetRequiredService<OutboundQueue>());
        services.AddSingleton<OutboundDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundDispatcher>());
        services.AddScoped<IDomainEventHandler<Moyeora.Notifications.NotificationCreatedEvent>, NotificationOutboxWriter>();
        services.TryAddSingleton<IFailedDeliveryReader>(sp => sp.GetRequiredService<OutboundQueue>());
        services.AddSingleton<IAfterCommitHandler<Moyeora.Notifications.NotificationCreatedEvent>, NotificationDeliveryHandler>();

        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IProfileAppService, ProfileAppService>();
        services.AddScoped<IPermissionAppService, PermissionAppService>();
        services.AddScoped<IRoleAdministrationAppService, RoleAdministrationAppService>();
        services.AddScoped<IMeetupAdministrationAppService, MeetupAdministrationAppService>();
        services.AddScoped<Moyeora.Settings.ISettingsAppService, Moyeora.Settings.SettingsAppService>();
        services.AddSingleton<Moyeora.Settings.OperationalSettingsProvider>();
        // The configuration's values (the keys the host always read) are in force until an administrator saves others.
        services.AddOptions<Moyeora.Settings.OperationalSettingsOptions>().Configure(o =>
        {
            var d = Moyeora.Settings.OperationalSettingValues.Default;
            o.Values = new Moyeora.Settings.OperationalSettingValues
            {
                AccountPermitsPerMinute = configuration.GetValue("RateLimiting:AccountPermitsPerMinute", d.AccountPermitsPerMinute),
                WritePermitsPerMinute = configuration.GetValue("RateLimiting:WritePermitsPerMinute", d.WritePermitsPerMinute),
                ChatMessagesPerTenSeconds = configuration.GetValue("RateLimiting:ChatMessagesPerTenSeconds", d.ChatMessagesPerTenSeconds),
                SearchesPerMinute = configuration.GetValue("RateLimiting:SearchesPerMinute", d.SearchesPerMinute),
                PeopleSearchesPerMinute = configuration.GetValue("RateLimiting:PeopleSearchesPerMinute", d.PeopleSearchesPerMinute),
                ReportsPerHour = configuration.GetValue("RateLimiting:ReportsPerHour", d.ReportsPerHour),
                MaxFailedLogins = configuration.GetValue("Lockout:MaxFailedLogins", d.MaxFailedLogins),
                LockoutMinutes = configuration.GetValue("Lockout:Minutes", d.LockoutMinutes),
                DefaultRadiusMeters = configuration.GetValue("Live:DefaultRadiusMeters", d.DefaultRadiusMeters),
            };
        });
        services.AddScoped<IOutboxAppService, OutboxAppService>();
        services.AddScoped<Moyeora.Auditing.IAuditLogAppService, Moyeora.Auditing.AuditLogAppService>();
        services.AddScoped<Moyeora.Security.ISecurityLogAppService, Moyeora.Security.SecurityLogAppService>();
        // Sizes are bytes (estimated): HybridCache sizes its entries by their serialized length.
        services.AddMemoryCache(o => o.SizeLimit = Math.Max(1L << 20, configuration.GetValue("Caching:MemoryLimitBytes", 64L << 20)));
        // The standard two-tier cache: this memory cache first, then the distributed cache the host registers (Redis)
        // when there is one. Entries that must stay in process say so (HybridCacheEntryFlags.DisableDistributedCache).
        services.AddHybridCache(o => o.DefaultEntryOptions = new Microsoft.Extensions.Caching.Hybrid.HybridCacheEntryOptions
        {
            Expiration = TimeSpan.FromSeconds(30),
            LocalCacheExpiration = TimeSpan.FromSeconds(30),
        });
        services.AddSingleton<RecruitingMeetupCatalog>();
        services.AddSingleton<MeetupViewCache>();
        services.TryAddSingleton<IMeetupChangeBroadcaster, SingleNodeMeetupChangeBroadcaster>();
        services.TryAddSingleton<IGeoStore, InMemoryGeoStore>();
        services.AddSingleton<MeetupCacheInvalidator>();
        services.AddSingleton<IAfterCommitHandler<IMeetupEvent>>(sp => sp.GetRequiredService<MeetupCacheInvalidator>());
        services.AddScoped<IMeetupAppService, MeetupAppService>();
        services.AddScoped<IChatAppService, ChatAppService>();
        services.AddScoped<IDataSeeder, IdentityDataSeeder>();

        services.AddOptions<JobOptions>().Bind(configuration.GetSection(JobOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MaintenanceJob, EndMeetupsJob>();
        services.AddSingleton<MaintenanceJob, EraseEndedMeetupsJob>();
        services.AddSingleton<MaintenanceJob, ExpirePositionsJob>();
        services.AddSingleton<MaintenanceJob, PurgeExpiredCredentialsJob>();
        services.AddSingleton<MaintenanceJob, EraseDeactivatedAccountsJob>();
        services.AddSingleton<MaintenanceJob, MeetupRemindersJob>();
        services.AddSingleton<MaintenanceJob, ExpireInvitationsJob>();
        services.AddSingleton<MaintenanceJobRunner>();
        services.TryAddSingleton<IJobScheduler, InProcessJobScheduler>();
        services.AddScoped<IJobAppService, JobAppService>();

        services.AddOptions<LiveOptions>().Bind(configuration.GetSection(LiveOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RelationsLoader>();
        services.AddSingleton<NearbyPeopleFinder>();
        services.TryAddSingleton<ILiveBus, InProcessLiveBus>();
        services.AddSingleton<Moyeora.Friends.BlockedPeopleCache>();
        services.AddSingleton<ILiveMessageHandler>(sp => sp.GetRequiredService<Moyeora.Friends.BlockedPeopleCache>());
        services.AddSingleton<IAfterCommitHandler<IMeetupEvent>, LiveMeetupPublisher>();
        services.AddSingleton<LiveChatPublisher>();
        services.AddSingleton<IAfterCommitHandler<ChatMessagePostedEvent>>(sp => sp.GetRequiredService<LiveChatPublisher>());
        services.AddSingleton<IAfterCommitBatchHandler<ChatMessagePostedEvent>>(sp => sp.GetRequiredService<LiveChatPublisher>());
        services.AddSingleton<IAfterCommitHandler<Moyeora.Notifications.NotificationCreatedEvent>, LiveNotificationPublisher>();
        services.AddScoped<Moyeora.Notifications.INotificationAppService, Moyeora.Notifications.NotificationAppService>();
        services.AddScoped<Moyeora.Friends.IFriendAppService, Moyeora.Friends.FriendAppService>();
        services.AddScoped<Moyeora.Blocks.IBlockAppService, Moyeora.Blocks.BlockAppService>();
        services.AddScoped<Moyeora.People.IPeopleAppService, Moyeora.People.PeopleAppService>();
        services.AddScoped<Moyeora.Ratings.IRatingAppService, Moyeora.Ratings.RatingAppService>();
        services.AddScoped<Moyeora.Reports.IReportAppService, Moyeora.Reports.ReportAppService>();
        services.AddScoped<Moyeora.Reports.IReportModerationAppService, Moyeora.Reports.ReportModerationAppService>();
        services.AddScoped<IUserAdministrationAppService, UserAdministrationAppService>();
        services.AddScoped<Moyeora.Administration.IDashboardAppService, Moyeora.Administration.DashboardAppService>();
        services.AddScoped<Moyeora.Administration.IAdminSessionAppService, Moyeora.Administration.AdminSessionAppService>();
        services.AddSingleton<LastSeenTracker>();
        services.AddSingleton<IAfterCommitHandler<Moyeora.Friends.FriendshipChangedEvent>, LiveRelationsPublisher>();
        services.AddSingleton<LiveUserPublisher>();
        services.AddSingleton<IAfterCommitHandler<UserLocationVisibilityChangedEvent>>(sp => sp.GetRequiredService<LiveUserPublisher>());
        services.AddSingleton<IAfterCommitHandler<UserSessionsEndedEvent>>(sp => sp.GetRequiredService<LiveUserPublisher>());
        services.AddSingleton<IAfterCommitHandler<UserUnlockedEvent>>(sp => sp.GetRequiredService<LiveUserPublisher>());
        services.AddSingleton<IAfterCommitHandler<UserRestoredEvent>>(sp => sp.GetRequiredService<LiveUserPublisher>());
        services.AddOptions<AttemptLimitOptions>().Bind(configuration.GetSection(AttemptLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IAttemptLimiter, InMemoryAttemptLimiter>();
        services.AddOptions<SessionSecurityOptions>().Bind(configuration.GetSection(SessionSecurityOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<ILiveMessageHandler>(sp => sp.GetRequiredService<SessionValidator>());
        return services;
    }

    private sealed class AnonymousCurrentUser : ICurrentUser, ICurrentClient
    {
        public Guid? Id => null;

        public string? IpAddress => null;
    }
}
