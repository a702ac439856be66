using Microsoft.Extensions.DependencyInjection.Extensions;
using Moyeora.Domain;
using Moyeora.Users;

namespace Microsoft.Extensions.DependencyInjection;

public static class MoyeoraDomainServiceCollectionExtensions
{
    public static IServiceCollection AddMoyeoraDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ISecretGenerator, SecretGenerator>();
        services.AddScoped<IDomainEventHandler<UserPasswordChangedEvent>, RevokeSessionsHandler>();
        services.AddScoped<IDomainEventHandler<UserDeactivatedEvent>, RevokeSessionsHandler>();
        services.AddScoped<IDomainEventHandler<UserPhoneNumberChangedEvent>, RevokeSessionsHandler>();
        return services;
    }
}
