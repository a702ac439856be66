using Moyeora.Controllers;

namespace Microsoft.Extensions.DependencyInjection;

public static class MoyeoraHttpApiServiceCollectionExtensions
{
    /// <summary>The REST controllers (thin: each implements its application service's interface).</summary>
    public static IMvcBuilder AddMoyeoraHttpApi(this IServiceCollection services) =>
        services.AddControllers().AddApplicationPart(typeof(AccountController).Assembly);
}
