using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moyeora.Data;

// Applies migrations and seeds roles, permissions and the first administrator. Configuration comes from
// appsettings.json, environment variables (e.g. ConnectionStrings__Default, Seed__Admin__Password) and
// command-line arguments, so production secrets never live in files.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

var services = new ServiceCollection()
    .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).AddConfiguration(configuration.GetSection("Logging")))
    .AddMoyeoraApplication(configuration)
    .AddMoyeoraEntityFrameworkCore(configuration, Path.Combine(Directory.GetCurrentDirectory(), "data"));

await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
await using var scope = provider.CreateAsyncScope();
var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Moyeora.DbMigrator");
try
{
    await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync();
    logger.LogInformation("Migrations applied and data seeded.");
    return 0;
}
catch (Exception ex)
{
    logger.LogError(ex, "Migration failed");
    return 1;
}
