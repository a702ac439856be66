using Microsoft.Extensions.DependencyInjection.Extensions;
using Moyeora.Chat;
using Moyeora.Domain;
using Moyeora.Meetups;
using Moyeora.Notifications;
using Moyeora.Users;

namespace Microsoft.Extensions.DependencyInjection;

public static class MoyeoraDomainServiceCollectionExtensions
{
    public static IServiceCollection AddMoyeoraDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ISecretGenerator, SecretGenerator>();
        services.AddScoped<IDomainEventHandler<UserSessionsEndedEvent>, RevokeSessionsHandler>();
        services.AddScoped<IDomainEventHandler<UserDeactivatedEvent>, AccountDeletedMeetupsHandler>();
        services.AddScoped<Moyeora.Security.UserSecurityEventsHandler>();
        services.AddScoped<IDomainEventHandler<UserLockedEvent>>(sp => sp.GetRequiredService<Moyeora.Security.UserSecurityEventsHandler>());
        services.AddScoped<IDomainEventHandler<UserUnlockedEvent>>(sp => sp.GetRequiredService<Moyeora.Security.UserSecurityEventsHandler>());
        services.AddScoped<IDomainEventHandler<UserSessionsEndedEvent>>(sp => sp.GetRequiredService<Moyeora.Security.UserSecurityEventsHandler>());
        services.AddScoped<IDomainEventHandler<UserLockedOutEvent>>(sp => sp.GetRequiredService<Moyeora.Security.UserSecurityEventsHandler>());
        services.AddScoped<ChatSystemMessageHandler>();
        services.AddScoped<IDomainEventHandler<MeetupMemberJoinedEvent>>(sp => sp.GetRequiredService<ChatSystemMessageHandler>());
        services.AddScoped<IDomainEventHandler<MeetupMemberLeftEvent>>(sp => sp.GetRequiredService<ChatSystemMessageHandler>());
        services.AddScoped<IDomainEventHandler<MeetupMemberKickedEvent>>(sp => sp.GetRequiredService<ChatSystemMessageHandler>());
        services.AddScoped<IDomainEventHandler<MeetupNoticePostedEvent>>(sp => sp.GetRequiredService<ChatSystemMessageHandler>());
        services.AddScoped<IDomainEventHandler<MeetupConfirmedEvent>>(sp => sp.GetRequiredService<ChatSystemMessageHandler>());
        services.AddScoped<IDomainEventHandler<MeetupHostChangedEvent>>(sp => sp.GetRequiredService<ChatSystemMessageHandler>());
        services.AddScoped<IDomainEventHandler<MeetupCancelledEvent>>(sp => sp.GetRequiredService<ChatSystemMessageHandler>());
        services.AddScoped<MeetupNotificationHandler>();
        services.AddScoped<IDomainEventHandler<MeetupStartingSoonEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupInvitationSentEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupInvitationAnsweredEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupMemberJoinedEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupMemberLeftEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupMemberKickedEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupConfirmedEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupCancelledEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<IDomainEventHandler<MeetupNoticePostedEvent>>(sp => sp.GetRequiredService<MeetupNotificationHandler>());
        services.AddScoped<Moyeora.Friends.FriendshipManager>();
        services.AddScoped<PeopleNotificationHandler>();
        services.AddScoped<IDomainEventHandler<Moyeora.Friends.FriendRequestSentEvent>>(sp => sp.GetRequiredService<PeopleNotificationHandler>());
        services.AddScoped<IDomainEventHandler<Moyeora.Friends.FriendRequestAcceptedEvent>>(sp => sp.GetRequiredService<PeopleNotificationHandler>());
        services.AddScoped<IDomainEventHandler<Moyeora.Ratings.PeerRatedEvent>>(sp => sp.GetRequiredService<PeopleNotificationHandler>());
        return services;
    }
}
